import { PageShell } from '@/layouts/PageShell'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorProfile, type AuthorRole } from '@/components/article/AuthorProfile'
import { JsonLd } from '@/components/site/JsonLd'
import { ReportProblem } from '@/components/site/ReportProblem'
import { getArticlesByPerson, getAuthor, getAuthors } from '@/lib/content/accessors'
import { pageMetadata } from '@/lib/site/seo'
import { displayName } from '@/lib/site/people'
import { authorPath } from '@/lib/site/routes'
import { breadcrumbsJsonLd, physicianPageJsonLd } from '@/lib/site/structured-data'
import type { Author } from '@/lib/content/schemas/author'

type Params = { params: Promise<{ id: string }> }

const profileTitle = (author: Author) => `${displayName(author)}, ${author.jobTitle.toLowerCase()}`

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthors().map((author) => ({ id: author.id }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const author = getAuthor((await params).id)
  if (!author) return {}
  const name = displayName(author)
  return pageMetadata({
    title: profileTitle(author),
    description: `${name} writes and medically reviews the articles on this site. ${author.experience}`.slice(0, 160),
    path: authorPath(author.id),
    translated: false,
  })
}

export default async function AuthorPage({ params }: Params) {
  const author = getAuthor((await params).id)
  if (!author) notFound()
  const articles = getArticlesByPerson(author.id).map((article) => ({
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
    <PageShell locale="en">
      <>
        <JsonLd data={[physicianPageJsonLd(author), breadcrumbsJsonLd({ name: author.name, path: authorPath(author.id) })]} />
        <AuthorProfile author={author} articles={articles} locale="en" />
        <ReportProblem locale="en" page={{ title: profileTitle(author), path: authorPath(author.id) }} />
      </>
    </PageShell>
  )
}
