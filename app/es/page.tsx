import { homeRoute } from '@/layouts/pages/home'

const route = homeRoute('es')
export const metadata = route.metadata
export default route.Page
