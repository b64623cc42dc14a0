import { useEffect, useState, type ReactNode } from 'react'
import { useBrowserValue, useHasScript } from '@/lib/browser/hooks'
import { format } from '@/lib/i18n/messages'
// Types only: the catalogue's values stay on the server, and the wrapper (index.tsx) passes one edition's messages.
import type { SiteSearchMessages } from './messages'

type PagefindResult = { url: string; excerpt: string; meta: { title?: string } }
type Pagefind = {
  init: () => Promise<void>
  search: (term: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>
}

// Loaded from this site at run time, so the bundler must leave the import alone. One script and one address for
// every edition: Pagefind reads the page's <html lang> when it starts and searches only that language's pages.
const PAGEFIND_URL = '/pagefind/pagefind.js'
const INPUT_ID = 'search-input'

/**
 * The words to search for when the script starts. The box works before the
 * script does, so on a slow connection a reader may already have typed: their
 * words win over the address's ?q=, and are never wiped when the script arrives.
 */
function startingQuery(): string {
  const box = document.getElementById(INPUT_ID)
  const typed = box instanceof HTMLInputElement ? box.value : ''
  return typed || (new URLSearchParams(window.location.search).get('q') ?? '')
}

let pagefind: Promise<Pagefind> | undefined

/**
 * Pagefind's first search starts a worker and fetches its WebAssembly and
 * index: seconds on a slow phone. Starting that when the page is ready, while
 * the reader is still typing, means the results do not wait for it.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL) as Promise<Pagefind>).then(async (search) => {
    await search.init()
    return search
  })
  return pagefind
}

/**
 * A message with a link inside it, e.g. "… You can {link} instead.": the text before the link and the text after
 * it, each one text run, and none when empty, so the server's HTML and the hydrated DOM match.
 */
function withLink(template: string, values: Readonly<Record<string, string | number>>, link: ReactNode) {
  const [before = '', after = ''] = template.split('{link}')
  return (
    <>
      {before ? format(before, values) : null}
      {link}
      {after ? format(after, values) : null}
    </>
  )
}

/** What a search found, for the live region: how many articles match, or where else to look when none do. */
export function SearchOutcome({
  term,
  count,
  articlesPath,
  messages: t,
}: {
  term: string
  count: number
  articlesPath: string
  messages: SiteSearchMessages
}) {
  return count === 0 ? (
    <p>
      {withLink(
        t.noResults,
        { term },
        <a href={articlesPath} className="text-brand-dark underline">
          {t.noResultsLink}
        </a>,
      )}
    </p>
  ) : (
    <p className="font-semibold">{format(count === 1 ? t.oneResult : t.manyResults, { count, term })}</p>
  )
}

export type SiteSearchProps = {
  /** siteSearchMessages[locale]. */
  messages: SiteSearchMessages
  /**
   * The edition's search page (where the form goes without JavaScript) and articles index, made on the server
   * (index.tsx) so that the routes table stays out of the browser bundle.
   */
  paths: { search: string; articles: string }
}

/**
 * Search over the articles with Pagefind: the index is static files in
 * /pagefind/, so searching sends nothing to any server but our own files.
 */
export function SiteSearch({ messages: t, paths }: SiteSearchProps) {
  const articlesPath = paths.articles
  const hasScript = useHasScript()
  const initialQuery = useBrowserValue(startingQuery, '')
  const [query, setQuery] = useState<string | null>(null)
  const [results, setResults] = useState<PagefindResult[] | null>(null)
  const term = (query ?? initialQuery).trim()

  useEffect(() => {
    // Only a head start: if loading fails, the search itself fails with the error once the reader searches.
    if (hasScript) loadPagefind().catch(() => {})
  }, [hasScript])

  useEffect(() => {
    if (!hasScript || term === '') return
    let current = true
    loadPagefind()
      .then((search) => search.search(term))
      .then((response) => Promise.all(response.results.slice(0, 10).map((result) => result.data())))
      .then((found) => {
        if (current) setResults(found)
      })
    return () => {
      current = false
    }
  }, [hasScript, term])

  const shown = term === '' ? null : results
  return (
    <div>
      <form role="search" action={paths.search} method="get" className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={INPUT_ID} className="block text-lg font-bold">
          {t.label}
        </label>
        <div className="mt-2 flex flex-wrap gap-3">
          <input
            id={INPUT_ID}
            type="search"
            name="q"
            value={query ?? initialQuery}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="min-h-11 w-full max-w-md flex-1 rounded-md border-2 border-ink-muted px-3"
          />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
          >
            {t.submit}
          </button>
        </div>
      </form>
      <p className="no-js-only mt-4 rounded bg-paper-tint px-4 py-3">
        {withLink(
          t.noScript,
          {},
          <a href={articlesPath} className="font-semibold text-brand-dark underline">
            {t.noScriptLink}
          </a>,
        )}
      </p>
      <div role="status" aria-live="polite" className="mt-6">
        {shown === null ? null : <SearchOutcome term={term} count={shown.length} articlesPath={articlesPath} messages={t} />}
      </div>
      {shown && shown.length > 0 ? (
        <ol className="mt-2 space-y-4">
          {shown.map((result) => (
            <li key={result.url} className="rounded-md border border-line p-4">
              <h2 className="m-0 text-lg font-bold">
                <a href={result.url} className="text-brand-dark underline">
                  {result.meta.title ?? result.url}
                </a>
              </h2>
              {/* Pagefind's excerpt is our own article text, escaped, with <mark> around the matches. */}
              <p className="mt-1 mb-0" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
