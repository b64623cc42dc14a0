/** Pages that are neither articles nor content pages; the sitemap (and so the e2e suite) lists them from here. */
export const TOOL_PAGES = [
  { path: '/is-this-normal/', title: 'Is this normal after Botox? Symptom guide' },
  { path: '/consultation-checklist/', title: 'Your Botox consultation checklist' },
  { path: '/search/', title: 'Search the site' },
] as const

export function toolPage(path: (typeof TOOL_PAGES)[number]['path']) {
  const page = TOOL_PAGES.find((candidate) => candidate.path === path)
  if (!page) throw new Error(`No tool page at ${path}`)
  return page
}
