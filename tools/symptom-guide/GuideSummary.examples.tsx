import { mdxMessages, pickCareLevelMessages } from '@/components/mdx/messages'
import { summaryRecordMessages } from '@/tools/treatment-record/messages'
import { GuideSummary } from './GuideSummary'
import { symptomGuideMessages } from './messages'
import { exampleModel, exampleModelEs } from './SymptomGuide.examples'

const en = {
  locale: 'en',
  messages: symptomGuideMessages.en,
  recordMessages: summaryRecordMessages('en'),
  careLevelMessages: pickCareLevelMessages(mdxMessages.en),
} as const
const es = {
  locale: 'es',
  messages: symptomGuideMessages.es,
  recordMessages: summaryRecordMessages('es'),
  careLevelMessages: pickCareLevelMessages(mdxMessages.es),
} as const

export const examples = {
  emergency: (
    <GuideSummary
      model={exampleModel}
      signs={['double-vision', 'drooping-eyelid', 'bruising']}
      timeframe="4-14-days"
      modifiers={[]}
      madeAt="30 November 2026 at 21:04"
      {...en}
    />
  ),
  outsideClinic: (
    <GuideSummary model={exampleModel} signs={['dry-mouth']} modifiers={['outside-clinic']} madeAt="30 November 2026 at 21:04" {...en} />
  ),
  emergencyEs: (
    <GuideSummary
      model={exampleModelEs}
      signs={['double-vision', 'drooping-eyelid', 'bruising']}
      timeframe="4-14-days"
      modifiers={[]}
      madeAt="30 de noviembre de 2026, 21:04"
      {...es}
    />
  ),
  outsideClinicEs: (
    <GuideSummary
      model={exampleModelEs}
      signs={['dry-mouth']}
      modifiers={['outside-clinic']}
      madeAt="30 de noviembre de 2026, 21:04"
      {...es}
    />
  ),
}
