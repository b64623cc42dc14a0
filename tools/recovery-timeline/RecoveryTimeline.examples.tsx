import type { TriageModel } from '@/lib/triage/engine'
import { triageModel, type RecoveryTimelineData } from '@/tools/recovery-timeline/logic'
import { RecoveryTimeline } from './RecoveryTimeline'

export const exampleTimeline: RecoveryTimelineData = {
  scaleDays: 120,
  events: [
    {
      id: 'effect-wears-off',
      kind: 'effect',
      label: 'The effect wears off',
      when: 'After about 3 to 4 months',
      fromDay: 90,
      toDay: 120,
      detail: 'Lines come back.',
      sources: ['NHS-BOTOX'],
    },
    {
      id: 'spread-window',
      kind: 'warning',
      label: "Watch for spread of the toxin's effect",
      when: 'From a few hours to about 4 weeks',
      fromDay: 0,
      toDay: 28,
      detail: 'Watch for these.',
      warnings: ['trouble-breathing'],
      sources: ['UKHSA-2025-NEWS'],
    },
    {
      id: 'droop-appears',
      kind: 'side-effect',
      label: 'A drooping eyelid or brow can appear',
      when: 'Day 3 to day 7',
      fromDay: 3,
      toDay: 7,
      detail: 'What to do depends on what comes with it.',
      warnings: ['drooping-eyelid', 'double-vision-with-drooping-eyelid'],
      sources: ['KING-2016-JCAD'],
    },
  ],
}

/** The same events as the Spanish edition's copy of content/tools/recovery-timeline.json would give them. */
export const exampleTimelineEs: RecoveryTimelineData = {
  scaleDays: 120,
  events: [
    {
      ...exampleTimeline.events[0]!,
      label: 'El efecto desaparece',
      when: 'Después de unos 3 a 4 meses',
      detail: 'Las arrugas vuelven.',
    },
    {
      ...exampleTimeline.events[1]!,
      label: 'Esté atento a que el efecto de la toxina se extienda',
      when: 'Desde unas horas hasta unas 4 semanas',
      detail: 'Esté atento a estas señales.',
    },
    {
      ...exampleTimeline.events[2]!,
      label: 'Puede aparecer un párpado o una ceja caída',
      when: 'Del día 3 al día 7',
      detail: 'Lo que debe hacer depende de lo que venga con ello.',
    },
  ],
}

/**
 * A Spanish edition of the triage model for the example: the signs, combination and actions the example's
 * warnings show, in Spanish; levels and ids as in content/triage/model.json.
 */
export const exampleModelEs: TriageModel = {
  ...triageModel,
  signs: triageModel.signs.map((sign) =>
    sign.id === 'trouble-breathing'
      ? { ...sign, label: 'Le cuesta respirar, le silba el pecho o respira muy rápido' }
      : sign.id === 'drooping-eyelid'
        ? {
            ...sign,
            label: 'Un párpado superior caído',
            advice:
              'Comuníquese hoy. Si solo tiene esto y ve bien, no es una emergencia. Un médico puede ofrecerle gotas para levantar un poco el párpado.',
          }
        : sign,
  ),
  combinations: triageModel.combinations.map((combination) =>
    combination.id === 'double-vision-with-drooping-eyelid'
      ? {
          ...combination,
          label: 'Visión doble o borrosa junto con un párpado caído',
          reason: 'Juntas, estas señales pueden indicar que el efecto de la toxina se extendió. Es una emergencia, empiece cuando empiece.',
        }
      : combination,
  ),
  actions: triageModel.actions.map((action) => ({
    ...action,
    title:
      {
        'call-emergency-number': 'Llame ahora al número de emergencias',
        'medical-advice-today': 'Pida consejo médico hoy',
        'medical-care-not-injector': 'Vea a un médico hoy, no a la persona que le puso la inyección',
        'contact-clinic': 'No es una emergencia: comuníquese con la clínica que le trató',
        'own-doctor': 'No es una emergencia: hable con su médico',
      }[action.id] ?? action.title,
  })),
}

export const examples = {
  threeEvents: <RecoveryTimeline timeline={exampleTimeline} locale="en" />,
  threeEventsSpanish: (
    <div lang="es">
      <RecoveryTimeline timeline={exampleTimelineEs} locale="es" model={exampleModelEs} />
    </div>
  ),
}
