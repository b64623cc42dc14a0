import { defineMessages } from '@/lib/i18n/messages'

/** The interface text of the page shells; the parts they render carry their own (components/article/messages.ts). */
export const layoutMessages = defineMessages({
  en: {
    draft: 'Draft: not published',
    lastUpdated: 'Last updated {date}',
  },
  es: {
    draft: 'Borrador: no publicado',
    lastUpdated: 'Última actualización: {date}',
  },
})
