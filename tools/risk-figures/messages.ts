import { defineMessages } from '@/lib/i18n/messages'

/**
 * The risk pictures' own words, in each edition. The figure's title, outcome,
 * population and time frame come from the edition's copy of
 * content/tools/risk-figures.json; these templates put them into sentences.
 * Numbers are filled in already formatted for the edition (formatNumber).
 */
export const riskFigureMessages = defineMessages({
  en: {
    /** The two groups: icon array labels and the table's row headers. */
    treatedGroup: 'Given Botox',
    placeboGroup: 'Given a dummy injection',
    /** Above each icon array. */
    iconCaption: '{group}: {count} in 100',
    /** Each icon array's text alternative. */
    iconAlt: '{group}: {count} of 100 people {outcome}, shown as {count} solid figures and {rest} outlined figures.',
    /** The legend entry for the outlined figures. */
    legendOthers: 'did not',
    /** Frequencies, as in the sentence and the table. */
    frequencyZero: '0 in 100',
    frequencyBelowOne: 'fewer than 1 in 100 (about {count} in 1,000)',
    frequencyAbout: 'about {count} in 100',
    frequencyExact: '{count} in 100',
    /** The figure in words; {treated} is a frequency, capitalised as it starts the sentence. */
    description: '{treated} people {population} {outcome}, compared with {placebo} given a dummy injection (placebo), {timeFrame}.',
    showTable: 'Show the numbers as a table',
    tableCaption: '{title}: numbers',
    columnGroup: 'Group',
    columnOutOf100: 'Out of 100 people',
    columnPeople: 'People in the studies',
    peopleNotStated: 'Not stated in our source',
    sourceLine: 'Time frame: {timeFrame}. Source: {source}.',
  },
  es: {
    treatedGroup: 'Recibieron Botox',
    placeboGroup: 'Recibieron una inyección simulada',
    iconCaption: '{group}: {count} de cada 100',
    iconAlt: '{group}: {count} de cada 100 personas {outcome}. Se ven como {count} figuras rellenas y {rest} figuras sin relleno.',
    legendOthers: 'el resto',
    frequencyZero: '0 de cada 100',
    frequencyBelowOne: 'menos de 1 de cada 100 (alrededor de {count} de cada 1000)',
    frequencyAbout: 'alrededor de {count} de cada 100',
    frequencyExact: '{count} de cada 100',
    description: '{treated} personas {population} {outcome}, {timeFrame}. Con una inyección simulada (placebo), esto les pasó a {placebo}.',
    showTable: 'Ver los números en una tabla',
    tableCaption: '{title}: los números',
    columnGroup: 'Grupo',
    columnOutOf100: 'De cada 100 personas',
    columnPeople: 'Personas en los estudios',
    peopleNotStated: 'Nuestra fuente no lo indica',
    sourceLine: 'Periodo: {timeFrame}. Fuente: {source}.',
  },
})

export type RiskFigureMessages = (typeof riskFigureMessages)['en']
