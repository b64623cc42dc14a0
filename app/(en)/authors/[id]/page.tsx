import { authorRoute } from '@/layouts/pages/author'

const route = authorRoute('en')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
