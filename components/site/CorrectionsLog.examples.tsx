import { CorrectionsLog } from './CorrectionsLog'

export const examples = {
  twoDays: (
    <CorrectionsLog
      entries={[
        {
          id: 'common-side-effects-2026-11-30',
          slug: 'common-side-effects',
          title: 'Common side effects of Botox',
          url: '/articles/common-side-effects/',
          date: '2026-11-30',
          changes: ['Headache figure now says how often it happened after a dummy injection.', 'Jargon explained.'],
        },
        {
          id: 'frequently-asked-questions-2026-11-30',
          slug: 'frequently-asked-questions',
          title: 'Botox: frequently asked questions',
          url: '/articles/frequently-asked-questions/',
          date: '2026-11-30',
          changes: ['Emergency signs shown as one card.'],
        },
        {
          id: 'common-side-effects-2026-06-01',
          slug: 'common-side-effects',
          title: 'Common side effects of Botox',
          url: '/articles/common-side-effects/',
          date: '2026-06-01',
          changes: ['A broken link fixed.'],
        },
      ]}
    />
  ),
  none: <CorrectionsLog entries={[]} />,
}
