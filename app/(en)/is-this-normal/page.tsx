import { symptomGuideRoute } from '@/layouts/pages/tools'

const route = symptomGuideRoute('en')
export const metadata = route.metadata
export default route.Page
