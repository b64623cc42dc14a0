import type { Article } from 'contentlayer/generated'
import { ArticleByline } from '@/components/article/ArticleByline'
import { ArticleQrCode } from '@/components/article/ArticleQrCode'
import { InfoNotDiagnosis } from '@/components/article/InfoNotDiagnosis'
import { KeyPoints } from '@/components/article/KeyPoints'
import { MdxContent } from '@/components/mdx/MdxContent'
import { ReferenceList } from '@/components/article/ReferenceList'
import { RelatedArticles } from '@/components/article/RelatedArticles'
import { ReviewBox } from '@/components/article/ReviewBox'
import { ReviewChanges } from '@/components/article/ReviewChanges'
import { ShareBar } from '@/components/article/ShareBar'
import { TableOfContents } from '@/components/article/TableOfContents'
import { TranslationNotice, type TranslationFacts } from '@/components/article/TranslationNotice'
import type { TocEntry } from '@/lib/content/mdx/read'
import { topicPath } from '@/lib/site/routes'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/site/site-config'
import type { ToolData } from '@/lib/tool-data'
import type { Author } from '@/lib/content/schemas/author'
import type { Reference } from '@/lib/content/schemas/references'
import { reviewChangesOf } from '@/lib/content/corrections'
import type { Topic } from '@/lib/content/topics'
import { PageTitle } from '@/components/site/PageTitle'
import { layoutMessages } from './messages'

type ArticleLayoutProps = {
  article: Article
  /** The topic's id and its name in the edition shown (lib/content/topics.ts holds the English names). */
  topic: Pick<Topic, 'id'> & { name: string }
  author: Author
  reviewer: Author
  references: Reference[]
  related: Article[]
  tools: ToolData
  locale: Locale
  /** Where a translated article comes from; shown in translated editions only (TranslationNotice). */
  translation?: TranslationFacts
}

/** The shell of every article: the order of its parts is the same on every page. */
export function ArticleLayout({ article, topic, author, reviewer, references, related, tools, locale, translation }: ArticleLayoutProps) {
  return (
    <article className="mx-auto max-w-measure" data-pagefind-body>
      <header>
        <p className="m-0 text-sm font-semibold tracking-wide text-ink-muted uppercase">
          <a href={localePath(locale, topicPath(topic.id))} className="text-brand-dark underline">
            {topic.name}
          </a>
        </p>
        <PageTitle className="mt-2">{article.title}</PageTitle>
        <p className="mt-3 text-lg text-ink-muted">{article.description}</p>
        <ArticleByline
          author={author}
          reviewer={reviewer}
          readingTime={article.readingTime}
          lastReviewed={article.lastReviewed}
          locale={locale}
        />
        <TranslationNotice translation={translation} locale={locale} />
        <ShareBar canonicalUrl={absoluteUrl(article.url)} title={article.title} locale={locale} />
        {article.draft ? (
          <p className="mt-2 rounded bg-care-urgent-bg px-3 py-2 font-semibold text-care-urgent">{layoutMessages[locale].draft}</p>
        ) : null}
      </header>
      <KeyPoints points={article.keyPoints} locale={locale} />
      <TableOfContents entries={article.toc as TocEntry[]} locale={locale} />
      <div className="prose prose-lg max-w-none prose-headings:scroll-mt-4 prose-a:text-brand-dark">
        <MdxContent code={article.body.code} citedKeys={article.citedKeys} tools={tools} references={references} locale={locale} />
      </div>
      <InfoNotDiagnosis locale={locale} />
      <ReviewBox
        author={author}
        reviewer={reviewer}
        publishedAt={article.publishedAt}
        lastReviewed={article.lastReviewed}
        nextReviewDue={article.nextReviewDue}
        locale={locale}
      />
      <ReviewChanges changes={reviewChangesOf(article)} lastReviewed={article.lastReviewed} locale={locale} />
      <div data-pagefind-ignore>
        <ReferenceList references={references} locale={locale} />
      </div>
      <ArticleQrCode url={absoluteUrl(article.url)} slug={article.slug} title={article.title} locale={locale} />
      <RelatedArticles articles={related} locale={locale} />
    </article>
  )
}
