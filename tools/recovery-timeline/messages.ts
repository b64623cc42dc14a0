import { defineMessages } from '@/lib/i18n/messages'

/**
 * The recovery timeline's own words, in each edition. The events' words come from the edition's copy of
 * content/tools/recovery-timeline.json, and each warning's label, advice and action from the edition's
 * triage model, and each warning's level word from the care cards' (components/mdx/messages.ts); these are the
 * heading, the scale and the kinds of event.
 */
export const recoveryTimelineMessages = defineMessages({
  en: {
    heading: 'What to expect in the weeks after treatment',
    scale: 'The bars show each time span on a scale from the day of treatment to day {days} (about 4 months).',
    /** Each kind of event, in the legend and after each event for screen readers. */
    kindEffect: 'Treatment effect',
    kindSideEffect: 'Possible side effect',
    kindWarning: 'Warning sign window',
  },
  es: {
    heading: 'Qué esperar en las semanas después del tratamiento',
    scale: 'Las barras muestran cada periodo en una escala que va del día del tratamiento al día {days} (unos 4 meses).',
    kindEffect: 'Efecto del tratamiento',
    kindSideEffect: 'Posible efecto secundario',
    kindWarning: 'Periodo de señales de alarma',
  },
})

export type RecoveryTimelineMessages = (typeof recoveryTimelineMessages)['en']
