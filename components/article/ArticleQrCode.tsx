import { localePath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { qrCodeSvg } from '@/lib/site/qr-code'
import { articleQrCodePath } from '@/lib/site/routes'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages } from './messages'

type ArticleQrCodeProps = {
  /** The article's full address in the edition shown: what the code encodes and the text prints. */
  url: string
  slug: string
  title: string
  locale: Locale
}

/**
 * Leads a printed handout back to the up-to-date page: the QR code and the
 * address, printed at the end, plus a download link for clinic posters.
 * Rendered on the server at build time; the code is inline SVG so it prints
 * without fetching anything.
 */
export async function ArticleQrCode({ url, slug, title, locale }: ArticleQrCodeProps) {
  const t = articleMessages[locale]
  const svg = await qrCodeSvg(url)
  return (
    <section
      aria-labelledby="qr-heading"
      className="article-qr my-8 flex flex-wrap items-center gap-5 rounded-md border border-line p-4 print:break-inside-avoid"
      data-pagefind-ignore
    >
      <div
        className="size-32 shrink-0"
        role="img"
        aria-label={format(t.qrCodeImageLabel, { url })}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div>
        <h2 id="qr-heading" className="m-0 text-lg font-bold">
          {t.qrCodeHeading}
        </h2>
        <p className="mt-1 mb-0">{formatRich(t.qrCodeText, { url: <span className="font-semibold break-all">{url}</span> })}</p>
        <p className="no-print mt-2 mb-0">
          <a
            href={localePath(locale, articleQrCodePath(slug))}
            download={format(t.qrCodeFileName, { slug })}
            className="inline-flex min-h-11 items-center text-brand-dark underline"
          >
            {formatRich(t.qrCodeDownload, { forTitle: <span className="sr-only">{format(t.qrCodeDownloadFor, { title })}</span> })}
          </a>
        </p>
      </div>
    </section>
  )
}
