import { Island } from '@/islands/Island'
import type { ConsultationChecklistProps } from './ConsultationChecklist'
import { consultationChecklistMessages } from './messages'

/**
 * The consultation checklist as it goes on a page: rendered by Preact here, hydrated by /islands/consultation-checklist.js.
 * Only the page's edition's messages go into the island's props, so the browser never loads the other edition's.
 */
export function ConsultationChecklistIsland(props: Omit<ConsultationChecklistProps, 'messages'>) {
  const islandProps: ConsultationChecklistProps = { ...props, messages: consultationChecklistMessages[props.locale] }
  return <Island name="consultation-checklist" props={islandProps} />
}
