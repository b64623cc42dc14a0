import { correctionsRoute } from '@/layouts/pages/tools'

const route = correctionsRoute('en')
export const metadata = route.metadata
export default route.Page
