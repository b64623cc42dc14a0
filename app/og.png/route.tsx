import { socialImage } from '@/components/site/SocialImage'
import { getLeadAuthor } from '@/lib/site/lead-author'

export const dynamic = 'force-static'

/** The site-wide social image, served as /og.png so static hosts send image/png. */
export function GET() {
  return socialImage({
    title: 'The risks of Botox, explained in plain numbers',
    kicker: 'Clear, sourced answers for patients',
    reviewer: getLeadAuthor(),
  })
}
