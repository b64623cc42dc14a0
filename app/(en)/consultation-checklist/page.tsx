import { consultationChecklistRoute } from '@/layouts/pages/tools'

const route = consultationChecklistRoute('en')
export const metadata = route.metadata
export default route.Page
