type ArticleCardProps = {
  title: string
  description: string
  url: string
  readingTime: number
  headingLevel?: 2 | 3
}

/** One article in a list: its title as the link, what it covers and how long it takes to read. */
export function ArticleCard({ title, description, url, readingTime, headingLevel = 3 }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <li className="rounded-md border border-line bg-paper p-4">
      <Heading className="m-0 text-lg font-bold">
        <a href={url} className="text-brand-dark underline">
          {title}
        </a>
      </Heading>
      <p className="mt-1 mb-0">{description}</p>
      <p className="mt-1 mb-0 text-sm text-ink-muted">{readingTime} minute read</p>
    </li>
  )
}
