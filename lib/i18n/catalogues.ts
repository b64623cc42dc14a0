import { articleMessages } from '@/components/article/messages'
import { mdxMessages } from '@/components/mdx/messages'
import { siteMessages } from '@/components/site/messages'
import { layoutMessages } from '@/layouts/messages'
import { pageMessages, siteDocumentMessages } from '@/layouts/pages/messages'
import { topicMessages } from '@/lib/content/topic-messages'
import { feedbackMessages } from '@/lib/site/feedback-messages'
import { consultationChecklistMessages } from '@/tools/consultation-checklist/messages'
import { recoveryTimelineMessages } from '@/tools/recovery-timeline/messages'
import { riskFigureMessages } from '@/tools/risk-figures/messages'
import { siteSearchMessages } from '@/tools/site-search/messages'
import { symptomGuideMessages } from '@/tools/symptom-guide/messages'
import { treatmentRecordMessages } from '@/tools/treatment-record/messages'

/**
 * Every interface catalogue, by the file that holds it: the test that every key has both languages names the
 * file and the key, and the built-page test looks for one edition's words on the other edition's pages.
 * catalogues.test.ts fails when a messages.ts file exists that is not listed here.
 */
export const CATALOGUES = {
  'components/article/messages.ts': articleMessages,
  'components/mdx/messages.ts': mdxMessages,
  'components/site/messages.ts': siteMessages,
  'layouts/messages.ts': layoutMessages,
  'layouts/pages/messages.ts (siteDocumentMessages)': siteDocumentMessages,
  'layouts/pages/messages.ts (pageMessages)': pageMessages,
  'lib/content/topic-messages.ts': topicMessages,
  'lib/site/feedback-messages.ts': feedbackMessages,
  'tools/consultation-checklist/messages.ts': consultationChecklistMessages,
  'tools/recovery-timeline/messages.ts': recoveryTimelineMessages,
  'tools/risk-figures/messages.ts': riskFigureMessages,
  'tools/site-search/messages.ts': siteSearchMessages,
  'tools/symptom-guide/messages.ts': symptomGuideMessages,
  'tools/treatment-record/messages.ts': treatmentRecordMessages,
} as const satisfies Record<string, { en: Readonly<Record<string, string>>; es: Readonly<Record<string, string>> }>
