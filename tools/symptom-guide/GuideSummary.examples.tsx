import { GuideSummary } from './GuideSummary'
import { exampleModel } from './SymptomGuide.examples'

export const examples = {
  emergency: (
    <GuideSummary
      model={exampleModel}
      signs={['double-vision', 'drooping-eyelid', 'bruising']}
      timeframe="4-14-days"
      modifiers={[]}
      madeAt="30 November 2026 at 21:04"
    />
  ),
  outsideClinic: (
    <GuideSummary model={exampleModel} signs={['dry-mouth']} modifiers={['outside-clinic']} madeAt="30 November 2026 at 21:04" />
  ),
}
