import { homeRoute } from '@/layouts/pages/home'

const route = homeRoute('en')
export const metadata = route.metadata
export default route.Page
