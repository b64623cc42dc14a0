import { ImageResponse } from 'next/og'
import type { Author } from '@/lib/schemas'
import { displayName } from '@/lib/site/people'
import { SOCIAL_IMAGE } from '@/lib/site/seo'
import { siteConfig } from '@/lib/site/site-config'

/**
 * The 1200x630 picture shown when a page is shared. Drawn by next/og (satori)
 * at build time with its bundled font, so nothing is fetched.
 */
export function socialImage({ title, kicker, reviewer }: { title: string; kicker: string; reviewer: Author }): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#ffffff', padding: '64px 72px', borderTop: '24px solid #0b5c7a' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#0b5c7a', fontWeight: 700 }}>{siteConfig.name}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 28, color: '#4a5561', marginBottom: 16 }}>{kicker}</div>
          <div style={{ display: 'flex', fontSize: title.length > 60 ? 56 : 68, color: '#1f2933', fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 30, color: '#1d6b3a' }}>{`Medically reviewed by ${displayName(reviewer)}, ${reviewer.jobTitle.toLowerCase()}`}</div>
      </div>
    ),
    { ...SOCIAL_IMAGE },
  )
}
