import { notFoundRoute } from '@/layouts/pages/not-found'

const route = notFoundRoute('es')
export const metadata = route.metadata
export default route.Page
