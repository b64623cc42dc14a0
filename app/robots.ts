import type { MetadataRoute } from 'next'
import { SITEMAP_PATH } from '@/lib/site/routes'
import { absoluteUrl } from '@/lib/site/site-config'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(SITEMAP_PATH) }
}
