/** Pages that are neither articles nor content pages; the sitemap (and so the e2e suite) lists them from here. */
export const TOOL_PAGES = [
  { path: '/is-this-normal/', title: 'Is this normal after Botox? Symptom guide' },
  { path: '/consultation-checklist/', title: 'Your Botox consultation checklist' },
] as const
