import { defineMessages } from '@/lib/i18n/messages'

/**
 * The symptom guide's own words, in every edition. The triage model's words (signs, actions, reasons) are not here:
 * the page passes a model already in its edition's language.
 *
 * The island (SymptomGuide, GuideSummary) gets one edition's messages as a prop (index.tsx): it imports this file for
 * its types only, so the browser bundle carries no catalogue. SymptomsByLevel, rendered on the server only, reads it.
 */
export const symptomGuideMessages = defineMessages({
  en: {
    heading: 'Check what you notice',
    whenLegend: 'When did you have your treatment?',
    notSureOption: 'I am not sure',
    whereLegend: 'Where were you treated?',
    signsLegend: 'What do you notice? Tick all that apply.',
    emergencyJump: 'Emergency: {action}. See what to do below.',
    startAgain: 'Start again',
    prompt: 'Tick what you notice to see what to do. Nothing you choose leaves this page.',
    becauseOne: 'Because you ticked this:',
    becauseMany: 'Because you ticked these:',
    alsoTicked: 'You also ticked:',
    doNotWait: 'Do not wait:',
    ifWorse: 'If things get worse:',
    sourcesLabel: 'Sources:',
    reference: 'reference {number}',
    /** Read out by the live region once per new answer; {level} is the care card's word for it (components/mdx/messages.ts). */
    announcement: '{level}: {action}',

    summaryHeading: 'Show this to a nurse or doctor',
    summaryIntro: 'This summary stays on this page. Print it or copy it: nothing is sent or saved.',
    /** The summary's first line, on screen, printed and copied. */
    summaryTitle: 'Symptom check after a Botox treatment',
    madeLabel: 'Made:',
    whenLabel: 'When was the treatment:',
    signsLabel: 'Signs ticked:',
    levelLabel: 'Level:',
    whatToDoLabel: 'What to do:',
    whyLabel: 'Why:',
    alsoTickedLabel: 'Also ticked:',
    yes: 'Yes',
    no: 'No',
    summaryNotSure: 'Not sure',
    disclaimer: 'This is information from a symptom guide, not a diagnosis.',
    /** {link} is the treatment record page's title, as a link. */
    recordInvitation: 'Keep the clinic, product and batch number in {link}, and you can add them to this summary.',
    printSummary: 'Print this summary',
    copyAsText: 'Copy as text',
    copied: 'Summary copied. You can paste it into a message or a note.',
    copyFailed: 'Your browser did not allow copying. The text is shown below: select it and copy it.',
    summaryAsText: 'Summary as text',

    byLevelSigns: 'If you have any of these:',
    byLevelCombinations: 'Or if you have these together:',
    byLevelTimeRules: 'Or, depending on when you were treated:',
  },
  es: {
    heading: 'Marque lo que nota',
    whenLegend: '¿Cuándo le hicieron el tratamiento?',
    notSureOption: 'No lo sé',
    whereLegend: '¿Dónde le hicieron el tratamiento?',
    signsLegend: '¿Qué nota? Marque todo lo que tenga.',
    emergencyJump: 'Emergencia: {action}. Vea abajo qué hacer.',
    startAgain: 'Empezar de nuevo',
    prompt: 'Marque lo que nota para ver qué hacer. Nada de lo que elija sale de esta página.',
    becauseOne: 'Porque marcó esto:',
    becauseMany: 'Porque marcó estas cosas:',
    alsoTicked: 'También marcó:',
    doNotWait: 'No espere:',
    ifWorse: 'Si empeora:',
    sourcesLabel: 'Fuentes:',
    reference: 'referencia {number}',
    announcement: '{level}: {action}',

    summaryHeading: 'Muestre esto a un médico o a una enfermera',
    summaryIntro: 'Este resumen se queda en esta página. Puede imprimirlo o copiarlo: no se envía ni se guarda nada.',
    summaryTitle: 'Revisión de síntomas después de un tratamiento con Botox',
    madeLabel: 'Fecha y hora:',
    whenLabel: 'Cuándo fue el tratamiento:',
    signsLabel: 'Señales marcadas:',
    levelLabel: 'Nivel:',
    whatToDoLabel: 'Qué hacer:',
    whyLabel: 'Por qué:',
    alsoTickedLabel: 'También marcó:',
    yes: 'Sí',
    no: 'No',
    summaryNotSure: 'No lo sé',
    disclaimer: 'Esta información viene de una guía de síntomas. No es un diagnóstico.',
    recordInvitation: 'Guarde la clínica, el producto y el número de lote en {link}. Así podrá añadirlos a este resumen.',
    printSummary: 'Imprimir este resumen',
    copyAsText: 'Copiar como texto',
    copied: 'Resumen copiado. Puede pegarlo en un mensaje o en una nota.',
    copyFailed: 'Su navegador no permitió copiar. El texto aparece abajo: selecciónelo y cópielo.',
    summaryAsText: 'Resumen como texto',

    byLevelSigns: 'Si tiene cualquiera de estas señales:',
    byLevelCombinations: 'O si tiene estas señales a la vez:',
    byLevelTimeRules: 'O, según cuándo le hicieron el tratamiento:',
  },
})

/** One edition's messages: what the island's components take as a prop. */
export type SymptomGuideMessages = (typeof symptomGuideMessages)['en']
