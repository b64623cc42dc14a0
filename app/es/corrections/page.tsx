import { correctionsRoute } from '@/layouts/pages/tools'

const route = correctionsRoute('es')
export const metadata = route.metadata
export default route.Page
