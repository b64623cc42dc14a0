import { authorRoute } from '@/layouts/pages/author'

const route = authorRoute('es')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
