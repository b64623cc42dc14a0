import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorProfile, type AuthorRole } from '@/components/article/AuthorProfile'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { PageShell } from '@/layouts/PageShell'
import { getAuthor, getAuthors } from '@/lib/content/accessors'
import { editionArticles } from '@/lib/content/editions'
import type { Author } from '@/lib/content/schemas/author'
import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { displayName, profileIn } from '@/lib/site/people'
import { authorPath } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { breadcrumbsJsonLd, physicianPageJsonLd } from '@/lib/site/structured-data'
import { toolPageMessages } from './messages'

type Params = { params: Promise<{ id: string }> }

/** A writer's and reviewer's profile page in one edition, with the articles they wrote or reviewed in that edition. */
export function authorRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const find = async ({ params }: Params) => {
    const author = getAuthor((await params).id)
    return author ? profileIn(author, locale) : undefined
  }
  const title = (author: Author) => format(t.authorTitle, { name: displayName(author), jobTitle: author.jobTitle.toLowerCase() })

  async function generateMetadata(props: Params): Promise<Metadata> {
    const author = await find(props)
    if (!author) return {}
    return pageMetadata({
      title: title(author),
      description: format(t.authorDescription, { name: displayName(author), experience: author.experience }).slice(0, 160),
      path: localePath(locale, authorPath(author.id)),
    })
  }

  async function AuthorPage(props: Params) {
    const author = await find(props)
    if (!author) notFound()
    const path = localePath(locale, authorPath(author.id))
    const articles = editionArticles(locale)
      .filter((article) => article.author === author.id || article.reviewer === author.id)
      .map((article) => ({
        slug: article.slug,
        title: article.title,
        description: article.description,
        url: article.url,
        readingTime: article.readingTime,
        roles: [article.author === author.id ? 'Written' : null, article.reviewer === author.id ? 'Reviewed' : null].filter(
          (role): role is AuthorRole => role !== null,
        ),
      }))
    return (
      <PageShell locale={locale} alternatePath={translatedPath(path, locale === 'en' ? 'es' : 'en')}>
        <JsonLd data={[physicianPageJsonLd(author), breadcrumbsJsonLd({ name: author.name, path })]} />
        <AuthorProfile author={author} articles={articles} locale={locale} />
        <ReportProblem page={{ title: title(author), path }} locale={locale} />
      </PageShell>
    )
  }

  const generateStaticParams = () => getAuthors().map((author) => ({ id: author.id }))
  return { generateStaticParams, generateMetadata, Page: AuthorPage }
}
