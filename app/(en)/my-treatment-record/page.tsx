import { treatmentRecordRoute } from '@/layouts/pages/tools'

const route = treatmentRecordRoute('en')
export const metadata = route.metadata
export default route.Page
