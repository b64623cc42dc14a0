import { Island } from '@/islands/Island'
import type { SymptomGuideProps } from './SymptomGuide'

/** The symptom guide as it goes on a page: rendered by Preact here, hydrated by /islands/symptom-guide.js. */
export function SymptomGuideIsland(props: SymptomGuideProps) {
  return <Island name="symptom-guide" props={props} />
}
