import { ImageResponse } from 'next/og'
import type { Author } from '@/lib/content/schemas/author'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { colours } from '@/lib/site/colours'
import { displayName, jobTitleIn } from '@/lib/site/people'
import { SOCIAL_IMAGE } from '@/lib/site/seo'
import { siteConfig } from '@/lib/site/site-config'
import { siteMessages } from './messages'

/** The picture's last line, "Medically reviewed by Dr. Victor Beer, dermatologist", in `locale`'s language. */
export const reviewedByLine = (reviewer: Author, locale: Locale): string =>
  format(siteMessages[locale].socialReviewedBy, { name: displayName(reviewer), jobTitle: jobTitleIn(reviewer, locale).toLowerCase() })

/**
 * The 1200x630 picture shown when a page is shared. Drawn by next/og (satori)
 * at build time with its bundled font, so nothing is fetched. `title` and `kicker`
 * are the page's own, in `locale`'s language; `reviewer`'s job title is shown in that language.
 */
export function socialImage({
  title,
  kicker,
  reviewer,
  locale,
}: {
  title: string
  kicker: string
  reviewer: Author
  locale: Locale
}): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: colours.paper.DEFAULT,
        padding: '64px 72px',
        borderTop: `24px solid ${colours.brand.DEFAULT}`,
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: colours.brand.DEFAULT, fontWeight: 700 }}>{siteConfig.name}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 28, color: colours.ink.muted, marginBottom: 16 }}>{kicker}</div>
        <div
          style={{ display: 'flex', fontSize: title.length > 60 ? 56 : 68, color: colours.ink.DEFAULT, fontWeight: 700, lineHeight: 1.15 }}
        >
          {title}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: colours.care.routine }}>{reviewedByLine(reviewer, locale)}</div>
    </div>,
    { ...SOCIAL_IMAGE },
  )
}
