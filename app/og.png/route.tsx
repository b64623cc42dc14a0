import { siteSocialImage } from '@/layouts/pages/article-files'

export const dynamic = 'force-static'

/** The site-wide social image, served as /og.png so static hosts send image/png. */
export const GET = () => siteSocialImage('en')
