import { CorrectionsLog } from './CorrectionsLog'

export const examples = {
  twoDays: (
    <CorrectionsLog
      locale="en"
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
  none: <CorrectionsLog locale="en" entries={[]} />,
  /** The Spanish corrections page: the Spanish articles' own entries, at their /es/ addresses. */
  twoDaysEs: (
    <div lang="es">
      <CorrectionsLog
        locale="es"
        entries={[
          {
            id: 'common-side-effects-2026-11-30',
            slug: 'common-side-effects',
            title: 'Efectos secundarios frecuentes del Botox',
            url: '/es/articles/common-side-effects/',
            date: '2026-11-30',
            changes: ['La cifra del dolor de cabeza ahora dice cuántas veces pasó tras una inyección simulada.'],
          },
          {
            id: 'common-side-effects-2026-06-01',
            slug: 'common-side-effects',
            title: 'Efectos secundarios frecuentes del Botox',
            url: '/es/articles/common-side-effects/',
            date: '2026-06-01',
            changes: ['Se arregló un enlace roto.'],
          },
        ]}
      />
    </div>
  ),
  noneEs: (
    <div lang="es">
      <CorrectionsLog locale="es" entries={[]} />
    </div>
  ),
}
