import { symptomGuideRoute } from '@/layouts/pages/tools'

const route = symptomGuideRoute('es')
export const metadata = route.metadata
export default route.Page
