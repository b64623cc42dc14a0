import { Island } from '@/islands/Island'
import type { ConsultationChecklistProps } from './ConsultationChecklist'

/** The consultation checklist as it goes on a page: rendered by Preact here, hydrated by /islands/consultation-checklist.js. */
export function ConsultationChecklistIsland(props: ConsultationChecklistProps) {
  return <Island name="consultation-checklist" props={props} />
}
