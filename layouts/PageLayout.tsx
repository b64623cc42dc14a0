import type { Page } from 'contentlayer/generated'
import { MdxContent } from '@/components/mdx/MdxContent'
import { ReferenceList } from '@/components/article/ReferenceList'
import { TranslationNotice, type TranslationFacts } from '@/components/article/TranslationNotice'
import { formatRich } from '@/lib/i18n/rich-text'
import type { Locale } from '@/lib/i18n/locales'
import { formatDate, isoDay } from '@/lib/site/dates'
import type { ToolData } from '@/lib/tool-data'
import type { Reference } from '@/lib/content/schemas/references'
import { PageTitle } from '@/components/site/PageTitle'
import { layoutMessages } from './messages'

type PageLayoutProps = {
  page: Page
  references: Reference[]
  tools: ToolData
  locale: Locale
  /** Where a translated page comes from; shown in translated editions only (TranslationNotice). */
  translation?: TranslationFacts
}

/** The shell of the site's own pages (about, accessibility, privacy, urgent help). */
export function PageLayout({ page, references, tools, locale, translation }: PageLayoutProps) {
  return (
    <article className="mx-auto max-w-measure">
      <PageTitle>{page.title}</PageTitle>
      <p className="mt-3 text-lg text-ink-muted">{page.description}</p>
      <TranslationNotice translation={translation} locale={locale} />
      <div className="prose prose-lg max-w-none prose-a:text-brand-dark">
        <MdxContent code={page.body.code} citedKeys={page.citedKeys} tools={tools} references={references} locale={locale} />
      </div>
      <p className="mt-8 text-sm text-ink-muted">
        {formatRich(layoutMessages[locale].lastUpdated, {
          date: <time dateTime={isoDay(page.lastUpdated)}>{formatDate(page.lastUpdated, locale)}</time>,
        })}
      </p>
      <ReferenceList references={references} locale={locale} />
    </article>
  )
}
