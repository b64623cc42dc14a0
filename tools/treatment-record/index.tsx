import { Island } from '@/islands/Island'
import { treatmentRecordMessages } from './messages'
import type { TreatmentRecordProps } from './TreatmentRecord'

/**
 * The treatment record as it goes on a page: rendered by Preact here, hydrated by /islands/treatment-record.js.
 * The page gives its edition; the island gets that edition's messages in its props, never the whole catalogue.
 * `title` and `reportUrl` are the page's, in that edition (on a Spanish page, the /es/ reporting page's address).
 */
export function TreatmentRecordIsland({ locale, ...props }: Omit<TreatmentRecordProps, 'messages'>) {
  return <Island name="treatment-record" props={{ ...props, locale, messages: treatmentRecordMessages[locale] }} />
}
