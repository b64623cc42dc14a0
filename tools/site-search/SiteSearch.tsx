import { useEffect, useState } from 'react'
import { useBrowserValue, useHasScript } from '@/lib/browser/hooks'

type PagefindResult = { url: string; excerpt: string; meta: { title?: string } }
type Pagefind = {
  init: () => Promise<void>
  search: (term: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>
}

// Loaded from this site at run time, so the bundler must leave the import alone.
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
 * Search over the articles with Pagefind: the index is static files in
 * /pagefind/, so searching sends nothing to any server but our own files.
 */
export function SiteSearch() {
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
      <form role="search" action="/search/" method="get" className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={INPUT_ID} className="block text-lg font-bold">
          Search the articles
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
            Search
          </button>
        </div>
      </form>
      <p className="no-js-only mt-4 rounded bg-paper-tint px-4 py-3">
        {'Search needs JavaScript, which is turned off or still loading. You can '}
        <a href="/articles/" className="font-semibold text-brand-dark underline">
          browse all articles by topic
        </a>
        {' instead.'}
      </p>
      <div role="status" aria-live="polite" className="mt-6">
        {shown === null ? null : shown.length === 0 ? (
          <p>
            {`No articles match “${term}”. Try another word, or `}
            <a href="/articles/" className="text-brand-dark underline">
              browse all articles
            </a>
            .
          </p>
        ) : (
          <p className="font-semibold">{`${shown.length} ${shown.length === 1 ? 'article matches' : 'articles match'} “${term}”`}</p>
        )}
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
