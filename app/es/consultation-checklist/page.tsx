import { consultationChecklistRoute } from '@/layouts/pages/tools'

const route = consultationChecklistRoute('es')
export const metadata = route.metadata
export default route.Page
