import { articlesIndexRoute } from '@/layouts/pages/articles-index'

const route = articlesIndexRoute('en')
export const metadata = route.metadata
export default route.Page
