import type { Author } from '@/lib/content/schemas/author'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { displayName, jobTitleIn } from '@/lib/site/people'
import { PageTitle } from '@/components/site/PageTitle'
import { formatRich } from '@/lib/i18n/rich-text'
import { articleMessages, type ArticleMessages } from './messages'

/** What the person did for an article. The values are identifiers: the words shown come from the catalogue. */
export type AuthorRole = 'Written' | 'Reviewed'

type AuthoredArticle = {
  slug: string
  title: string
  description: string
  /** The article's address in the edition shown (a Spanish article's `url` is already under /es/). */
  url: string
  roles: readonly AuthorRole[]
}

function rolesLine(roles: readonly AuthorRole[], name: string, t: ArticleMessages): string {
  const wrote = roles.includes('Written')
  const reviewed = roles.includes('Reviewed')
  const template = wrote && reviewed ? t.authorRoleWrittenAndReviewed : wrote ? t.authorRoleWritten : t.authorRoleReviewed
  return format(template, { name })
}

/** A person's profile: who they are, why they can be trusted on this subject, and what they wrote or checked. */
export function AuthorProfile({ author, articles, locale }: { author: Author; articles: readonly AuthoredArticle[]; locale: Locale }) {
  const t = articleMessages[locale]
  const name = displayName(author)
  return (
    <article className="mx-auto max-w-measure">
      <PageTitle>{name}</PageTitle>
      <p className="mt-2 text-lg text-ink-muted">{jobTitleIn(author, locale)}</p>
      <dl className="mt-6 grid gap-4 rounded-md border border-line bg-paper-tint p-5">
        <div>
          <dt className="font-bold">{t.authorCredentials}</dt>
          <dd className="m-0">{author.credentials.join('; ')}</dd>
        </div>
        {author.registrations.length > 0 ? (
          <div>
            <dt className="font-bold">{t.authorRegistration}</dt>
            <dd className="m-0">
              <ul className="list-disc pl-6">
                {author.registrations.map((registration) => (
                  <li key={`${registration.register} ${registration.number}`}>
                    {registration.url
                      ? formatRich(t.authorRegistrationEntryWithCheck, {
                          register: registration.register,
                          number: registration.number,
                          check: (
                            <a href={registration.url} rel="noopener noreferrer" className="text-brand-dark underline">
                              {t.authorRegistrationCheck}
                            </a>
                          ),
                        })
                      : format(t.authorRegistrationEntry, { register: registration.register, number: registration.number })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-bold">{t.authorSpecialties}</dt>
          <dd className="m-0">
            <ul className="list-disc pl-6">
              {author.specialties.map((specialty) => (
                <li key={specialty}>{specialty}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t.authorExperience}</dt>
          <dd className="m-0">{author.experience}</dd>
        </div>
        <div>
          <dt className="font-bold">{t.authorProfessionalBodies}</dt>
          <dd className="m-0">
            {author.professionalBodies.summary}
            {author.professionalBodies.memberships.length > 0 ? (
              <ul className="list-disc pl-6">
                {author.professionalBodies.memberships.map((body) => (
                  <li key={body.name}>
                    {body.url ? (
                      <a href={body.url} rel="noopener noreferrer" className="text-brand-dark underline">
                        {body.name}
                      </a>
                    ) : (
                      body.name
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="about-author" className="mt-8">
        <h2 id="about-author" className="text-2xl font-bold">
          {format(t.authorAbout, { name })}
        </h2>
        {author.bio.map((paragraph) => (
          <p key={paragraph} className="mt-3">
            {paragraph}
          </p>
        ))}
      </section>
      <section aria-labelledby="authored-articles" className="mt-8">
        <h2 id="authored-articles" className="text-2xl font-bold">
          {format(t.authorArticlesHeading, { name })}
        </h2>
        {articles.length > 0 ? (
          <ul className="mt-4 grid gap-4">
            {articles.map((article) => (
              <li key={article.slug} className="rounded-md border border-line p-4">
                <h3 className="m-0 text-lg font-bold">
                  <a href={article.url} className="text-brand-dark underline">
                    {article.title}
                  </a>
                </h3>
                <p className="mt-1 mb-0">{article.description}</p>
                <p className="mt-1 mb-0 text-sm text-ink-muted">{rolesLine(article.roles, name, t)}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3">{t.authorNoArticles}</p>
        )}
      </section>
    </article>
  )
}
