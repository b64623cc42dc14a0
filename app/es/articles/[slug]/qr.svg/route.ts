import { articleFileRoutes } from '@/layouts/pages/article-files'

const routes = articleFileRoutes('es')
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = routes.generateStaticParams
export const GET = routes.qrCodeGet
