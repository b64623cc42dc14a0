import { qrCodeSvg } from '@/lib/site/qr-code'
import { articleQrCodePath } from '@/lib/site/routes'

type ArticleQrCodeProps = { url: string; slug: string; title: string }

/**
 * Leads a printed handout back to the up-to-date page: the QR code and the
 * address, printed at the end, plus a download link for clinic posters.
 * Rendered on the server at build time; the code is inline SVG so it prints
 * without fetching anything.
 */
export async function ArticleQrCode({ url, slug, title }: ArticleQrCodeProps) {
  const svg = await qrCodeSvg(url)
  return (
    <section
      aria-labelledby="qr-heading"
      className="article-qr my-8 flex flex-wrap items-center gap-5 rounded-md border border-line p-4 print:break-inside-avoid"
      data-pagefind-ignore
    >
      <div className="size-32 shrink-0" role="img" aria-label={`QR code for ${url}`} dangerouslySetInnerHTML={{ __html: svg }} />
      <div>
        <h2 id="qr-heading" className="m-0 text-lg font-bold">
          Read the latest version online
        </h2>
        <p className="mt-1 mb-0">
          Scan the code or go to <span className="font-semibold break-all">{url}</span>. Articles are reviewed and updated, so the online
          page is the one to trust.
        </p>
        <p className="no-print mt-2 mb-0">
          <a
            href={articleQrCodePath(slug)}
            download={`${slug}-qr-code.svg`}
            className="inline-flex min-h-11 items-center text-brand-dark underline"
          >
            Download the QR code<span className="sr-only"> for {title}</span> (SVG, for posters)
          </a>
        </p>
      </div>
    </section>
  )
}
