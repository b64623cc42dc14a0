import { defineMessages } from '../../lib/i18n/messages'

/**
 * The words the MDX components add around an article's own text: the care cards' level words and fixed lines, and
 * the citation markers' spoken names. The signs, actions and steps on a card come from the edition's triage model.
 *
 * Relative imports only: lib/triage/care-card.ts reads this file, and contentlayer bundles that one.
 * Marked pure so that an island importing a helper from a module beside it (referenceId from CitationMarker) does not
 * bundle both editions' words (components/mdx/bundle.test.ts checks it).
 */
export const mdxMessages = /* @__PURE__ */ defineMessages({
  en: {
    /** The level as a visible word, on the card's badge. */
    emergencyLabel: 'Emergency',
    urgentLabel: 'Urgent',
    routineLabel: 'Routine',
    /** The level read out before the heading (visually hidden), so colour and shape are never the only signal. */
    /** The spoken name of the "#" link beside each heading. */
    headingLink: 'Link to this section: {heading}',
    emergencySpoken: 'Emergency advice:',
    urgentSpoken: 'Urgent advice:',
    routineSpoken: 'Routine advice:',
    /** The line before a model card's list of signs. */
    cardIntro: 'If you have any of these:',
    /** Before the citation markers of a card's action. */
    actionSources: 'Sources for what to do:',
    /** A citation marker's accessible name. */
    citation: 'Reference {number}',
  },
  es: {
    emergencyLabel: 'Emergencia',
    urgentLabel: 'Urgente',
    routineLabel: 'No urgente',
    headingLink: 'Enlace a esta sección: {heading}',
    emergencySpoken: 'Consejo de emergencia:',
    urgentSpoken: 'Consejo urgente:',
    routineSpoken: 'Consejo no urgente:',
    cardIntro: 'Si tiene alguna de estas señales:',
    actionSources: 'Fuentes de lo que debe hacer:',
    citation: 'Referencia {number}',
  },
})

export type MdxMessages = (typeof mdxMessages)['en']

/**
 * The words CareCardFrame needs: an island that draws a care card puts these in its props from its server wrapper
 * (`pickCareLevelMessages(mdxMessages[locale])`) and types them with `import type`, so that neither edition's
 * catalogue is bundled into the browser.
 */
export type CareLevelMessages = Pick<
  MdxMessages,
  'emergencyLabel' | 'urgentLabel' | 'routineLabel' | 'emergencySpoken' | 'urgentSpoken' | 'routineSpoken'
>

/** Only the level words of a catalogue, for an island's props (server side). */
export function pickCareLevelMessages(messages: MdxMessages): CareLevelMessages {
  const { emergencyLabel, urgentLabel, routineLabel, emergencySpoken, urgentSpoken, routineSpoken } = messages
  return { emergencyLabel, urgentLabel, routineLabel, emergencySpoken, urgentSpoken, routineSpoken }
}
