import { contentPageRoute } from '@/layouts/pages/content-page'

const route = contentPageRoute('en')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
