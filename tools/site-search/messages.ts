import { defineMessages } from '@/lib/i18n/messages'

/**
 * The search box's words, in each edition. The results (titles and excerpts) come from Pagefind's index of the
 * page's own language. The island never imports this file's values: its server wrapper (index.tsx) puts one
 * edition's messages into the island's props. {link} marks where a link's text (the *Link message) goes.
 */
export const siteSearchMessages = defineMessages({
  en: {
    label: 'Search the articles',
    submit: 'Search',
    noScript: 'Search needs JavaScript, which is turned off or still loading. You can {link} instead.',
    noScriptLink: 'browse all articles by topic',
    noResults: 'No articles match “{term}”. Try another word, or {link}.',
    noResultsLink: 'browse all articles',
    oneResult: '{count} article matches “{term}”',
    manyResults: '{count} articles match “{term}”',
  },
  es: {
    label: 'Buscar en los artículos',
    submit: 'Buscar',
    noScript: 'La búsqueda necesita JavaScript, que está desactivado o todavía se está cargando. En su lugar, puede {link}.',
    noScriptLink: 'ver todos los artículos por tema',
    noResults: 'Ningún artículo coincide con «{term}». Pruebe con otra palabra o {link}.',
    noResultsLink: 'vea todos los artículos',
    oneResult: '{count} artículo coincide con «{term}»',
    manyResults: '{count} artículos coinciden con «{term}»',
  },
})

export type SiteSearchMessages = (typeof siteSearchMessages)['en']
