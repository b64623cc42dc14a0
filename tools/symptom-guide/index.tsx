import { Island } from '@/islands/Island'
import { mdxMessages, pickCareLevelMessages } from '@/components/mdx/messages'
import { summaryRecordMessages } from '@/tools/treatment-record/messages'
import { symptomGuideMessages } from './messages'
import type { SymptomGuideProps } from './SymptomGuide'

/**
 * The symptom guide as it goes on a page: rendered by Preact here, hydrated by /islands/symptom-guide.js.
 * The page gives its edition and the triage model already in that edition; the island gets that edition's messages
 * (with the treatment record's few words its summary needs, and the care cards' level words) in its props, never a whole catalogue.
 */
export function SymptomGuideIsland({ locale, ...props }: Omit<SymptomGuideProps, 'messages' | 'recordMessages' | 'careLevelMessages'>) {
  return (
    <Island
      name="symptom-guide"
      props={{
        ...props,
        locale,
        messages: symptomGuideMessages[locale],
        recordMessages: summaryRecordMessages(locale),
        careLevelMessages: pickCareLevelMessages(mdxMessages[locale]),
      }}
    />
  )
}
