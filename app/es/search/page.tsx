import { searchRoute } from '@/layouts/pages/tools'

const route = searchRoute('es')
export const metadata = route.metadata
export default route.Page
