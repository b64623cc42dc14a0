import { siteSocialImage } from '@/layouts/pages/article-files'

export const dynamic = 'force-static'

/** The Spanish edition's site-wide social image. */
export const GET = () => siteSocialImage('es')
