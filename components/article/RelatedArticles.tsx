import { ArticleCard } from './ArticleCard'

type Related = { slug: string; title: string; description: string; url: string; readingTime: number }

export function RelatedArticles({ articles }: { articles: readonly Related[] }) {
  if (articles.length === 0) return null
  return (
    <section aria-labelledby="related-articles" className="no-print my-10" data-pagefind-ignore>
      <h2 id="related-articles" className="text-2xl font-bold">
        Related articles
      </h2>
      <ul className="mt-4 grid gap-4">
        {articles.map((article) => (
          <ArticleCard key={article.slug} {...article} />
        ))}
      </ul>
    </section>
  )
}
