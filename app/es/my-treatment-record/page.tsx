import { treatmentRecordRoute } from '@/layouts/pages/tools'

const route = treatmentRecordRoute('es')
export const metadata = route.metadata
export default route.Page
