import type { Author } from '@/lib/content/schemas/author'
import { displayName } from '@/lib/site/people'
import { PageTitle } from '@/components/site/PageTitle'

type AuthoredArticle = { slug: string; title: string; description: string; url: string; roles: string[] }

/** A person's profile: who they are, why they can be trusted on this subject, and what they wrote or checked. */
export function AuthorProfile({ author, articles }: { author: Author; articles: readonly AuthoredArticle[] }) {
  const name = displayName(author)
  return (
    <article className="mx-auto max-w-measure">
      <PageTitle>{name}</PageTitle>
      <p className="mt-2 text-lg text-ink-muted">{author.jobTitle}</p>
      <dl className="mt-6 grid gap-4 rounded-md border border-line bg-paper-tint p-5">
        <div>
          <dt className="font-bold">Credentials</dt>
          <dd className="m-0">{author.credentials.join('; ')}</dd>
        </div>
        {author.registrations.length > 0 ? (
          <div>
            <dt className="font-bold">Registration</dt>
            <dd className="m-0">
              <ul className="list-disc pl-6">
                {author.registrations.map((registration) => (
                  <li key={`${registration.register} ${registration.number}`}>
                    {registration.register}, number {registration.number}
                    {registration.url ? (
                      <>
                        {' ('}
                        <a href={registration.url} rel="noopener noreferrer" className="text-brand-dark underline">
                          check it on the register
                        </a>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-bold">Specialties</dt>
          <dd className="m-0">
            <ul className="list-disc pl-6">
              {author.specialties.map((specialty) => (
                <li key={specialty}>{specialty}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-bold">Experience</dt>
          <dd className="m-0">{author.experience}</dd>
        </div>
        <div>
          <dt className="font-bold">Professional bodies</dt>
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
          About {name}
        </h2>
        {author.bio.map((paragraph) => (
          <p key={paragraph} className="mt-3">
            {paragraph}
          </p>
        ))}
      </section>
      <section aria-labelledby="authored-articles" className="mt-8">
        <h2 id="authored-articles" className="text-2xl font-bold">
          Articles written or reviewed by {name}
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
                <p className="mt-1 mb-0 text-sm text-ink-muted">
                  {article.roles.join(' and ')} by {name}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3">No articles yet.</p>
        )}
      </section>
    </article>
  )
}
