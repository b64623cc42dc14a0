import { Island } from '@/islands/Island'
import type { TreatmentRecordProps } from './TreatmentRecord'

/** The treatment record as it goes on a page: rendered by Preact here, hydrated by /islands/treatment-record.js. */
export function TreatmentRecordIsland(props: TreatmentRecordProps) {
  return <Island name="treatment-record" props={props} />
}
