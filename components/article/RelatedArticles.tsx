import type { Locale } from '@/lib/i18n/locales'
import { ArticleCard } from './ArticleCard'
import { articleMessages } from './messages'

/** `url` is the article's address in the edition shown (a Spanish article's is already under /es/). */
type Related = { slug: string; title: string; description: string; url: string; readingTime: number }

export function RelatedArticles({ articles, locale }: { articles: readonly Related[]; locale: Locale }) {
  if (articles.length === 0) return null
  return (
    <section aria-labelledby="related-articles" className="no-print my-10" data-pagefind-ignore>
      <h2 id="related-articles" className="text-2xl font-bold">
        {articleMessages[locale].relatedArticlesHeading}
      </h2>
      <ul className="mt-4 grid gap-4">
        {articles.map((article) => (
          <ArticleCard
            key={article.slug}
            title={article.title}
            description={article.description}
            url={article.url}
            readingTime={article.readingTime}
            locale={locale}
          />
        ))}
      </ul>
    </section>
  )
}
