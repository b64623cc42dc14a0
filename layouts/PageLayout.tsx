import type { Page } from 'contentlayer/generated'
import { MdxContent } from '@/components/mdx/MdxContent'
import { ReferenceList } from '@/components/article/ReferenceList'
import { formatDate, isoDay } from '@/lib/site/dates'
import type { ToolData } from '@/lib/tool-data'
import type { Reference } from '@/lib/content/schemas/references'
import { PageTitle } from '@/components/site/PageTitle'

/** The shell of the site's own pages (about, accessibility, privacy, urgent help). */
export function PageLayout({ page, references, tools }: { page: Page; references: Reference[]; tools: ToolData }) {
  return (
    <article className="mx-auto max-w-measure">
      <PageTitle>{page.title}</PageTitle>
      <p className="mt-3 text-lg text-ink-muted">{page.description}</p>
      <div className="prose prose-lg max-w-none prose-a:text-brand-dark">
        <MdxContent code={page.body.code} citedKeys={page.citedKeys} tools={tools} references={references} />
      </div>
      <p className="mt-8 text-sm text-ink-muted">
        Last updated <time dateTime={isoDay(page.lastUpdated)}>{formatDate(page.lastUpdated)}</time>
      </p>
      <ReferenceList references={references} />
    </article>
  )
}
