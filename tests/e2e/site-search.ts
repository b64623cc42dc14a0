/**
 * How long a test waits for the first results on a freshly opened search page.
 * The first search starts Pagefind's worker and fetches and compiles its
 * WebAssembly and index, then the excerpts of each result: well under a second
 * on an idle machine, but measured at up to 9 s from typing to results with the
 * browser tests' two workers sharing two busy cores, beyond expect's 5 s default.
 * Later searches on the same page take tens of milliseconds and keep the default.
 */
export const FIRST_SEARCH = { timeout: 20_000 }
