import { searchRoute } from '@/layouts/pages/tools'

const route = searchRoute('en')
export const metadata = route.metadata
export default route.Page
