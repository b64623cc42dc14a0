import type { Locale } from '@/lib/i18n/locales'
import { defineMessages } from '@/lib/i18n/messages'
import { RECORD_FIELDS, type FieldValueTexts, type RecordFormTexts } from './logic'

/**
 * The treatment record's words, in every edition: the form (each field's label, hint, card label and options, keyed
 * by field id as logic.ts lists them), the wallet card, the messages, the calendar file and the guide's summary.
 * A hint that states a fact keeps its field's citation keys (`sources` in logic.ts) in every edition.
 *
 * The island (TreatmentRecord, RecordCard, SummaryRecord, calendar.ts) gets one edition's messages as a prop
 * (index.tsx, and the symptom guide's index.tsx for SummaryRecord): it imports this file for its types only.
 */
export const treatmentRecordMessages = defineMessages({
  en: {
    /** The record page's title, as the symptom guide's summary names and links it. */
    pageTitle: 'My Botox treatment record',

    'group.treatment': 'The treatment',
    'group.clinic': 'The clinic',
    'group.practitioner': 'The person who treated you',
    'group.product': 'The product',
    'group.afterwards': 'Afterwards',

    'treatmentDate.label': 'Date of treatment',
    'treatmentDate.hint': 'The day you had the injections.',
    'treatmentDate.cardLabel': 'Treated on',
    'clinicName.label': 'Clinic name',
    'clinicName.hint': 'As it appears on your booking or receipt.',
    'clinicName.cardLabel': 'Clinic',
    'clinicAddress.label': 'Clinic address',
    'clinicAddress.hint': 'Where you were treated.',
    'clinicPhone.label': 'Clinic phone number',
    'clinicPhone.hint': 'The number to call if something worries you after the treatment.',
    'clinicPhone.cardLabel': 'Clinic phone',
    'practitionerName.label': 'Name of the person who injected you',
    'practitionerName.hint': 'Ask the clinic if you did not catch it.',
    'practitionerName.cardLabel': 'Injected by',
    'practitionerProfession.label': 'Their profession',
    'practitionerProfession.hint': 'For example doctor, dentist, nurse or pharmacist.',
    'practitionerProfession.cardLabel': 'Profession',
    'practitionerRegister.label': 'Their professional register and number',
    // Sources: NHS-BOTOX.
    'practitionerRegister.hint':
      'The NHS advises choosing someone on a register that shows set standards of training, skill and insurance. Ask the clinic which register and what number.',
    'practitionerRegister.cardLabel': 'Register and number',
    'prescriberSeen.label': 'Did a prescriber see you in person before the treatment?',
    // Sources: NHS-BOTOX.
    'prescriberSeen.hint':
      'In the UK, Botox can only be prescribed after a face-to-face consultation with a doctor, dentist, pharmacist prescriber or nurse prescriber.',
    'prescriberSeen.cardLabel': 'Prescriber saw me in person',
    'prescriberSeen.yes': 'Yes',
    'prescriberSeen.no': 'No',
    'prescriberSeen.not-sure': 'Not sure',
    'productName.label': 'Product name',
    'productName.hint': 'Exactly as written on the box or the vial.',
    'productName.cardLabel': 'Product',
    'batchNumber.label': 'Batch (lot) number',
    // Sources: FDA-COUNTERFEIT-SIGNS-REPORTS.
    'batchNumber.hint': 'Printed on the vial and on its box. If you did not see them, ask the clinic.',
    'batchNumber.cardLabel': 'Batch (lot)',
    'expiryDate.label': 'Expiry date',
    'expiryDate.hint': 'Printed next to the batch number. If only a month is given, choose its last day.',
    'expiryDate.cardLabel': 'Expiry',
    'areasTreated.label': 'Areas treated',
    'areasTreated.hint': 'For example frown lines, forehead or around the eyes.',
    'areasTreated.cardLabel': 'Areas',
    'dose.label': 'Dose, if you were told it',
    'dose.hint': 'Usually given in units, for each area.',
    'dose.cardLabel': 'Dose',
    'reviewDate.label': 'Follow-up review date',
    'reviewDate.hint': 'When the clinic asked you to come back, if they did.',
    'reviewDate.cardLabel': 'Review on',
    'notes.label': 'Notes',
    'notes.hint': 'Anything else: what you were told, what you noticed afterwards and when.',

    checkThisDate: 'Check this date: {problem}',
    reviewBeforeTreatment: 'This review date is before the date of treatment. Check both dates.',
    expiryBeforeTreatment:
      'This expiry date is before the date of treatment. Check it on the box or vial, and ask the clinic if it is right.',

    unreadableHeading: 'We could not read the record saved in this browser',
    unreadableText:
      'It may be damaged, or saved by an older version of this page. It is not shown, so nothing wrong is printed or copied. Start a new record, or type into the form below to replace it.',
    startNew: 'Start a new record',
    startedNew: 'Started a new, empty record.',

    saveHeading: 'Print, copy or save it',
    saveIntro:
      'Your record is saved in this browser only, as you type. It is not sent anywhere. The calendar file holds the review date, the clinic and the product; a calendar that syncs online will copy it to your account.',
    printCard: 'Print the wallet card',
    printFull: 'Print the full record',
    copyAsText: 'Copy as text',
    addToCalendar: 'Add my follow-up review to my calendar',
    clear: 'Clear this record',
    copied: 'Record copied. You can paste it into a message or a note.',
    copyFailed: 'Your browser did not allow copying. The text is shown below: select it and copy it.',
    recordAsText: 'Record as text',
    calendarDownloaded: 'Calendar file downloaded: {fileName}. Open it to add the review to your calendar.',
    calendarReviewBeforeTreatment: 'The review date is before the date of treatment. Check both dates first.',
    calendarNeedsReviewDate: 'Add a follow-up review date first.',
    confirmClear: 'Clear this record from this browser? This cannot be undone.',
    cleared: 'Record cleared. Nothing about it is kept in this browser.',

    cardHeading: 'Your wallet card',
    cardNoScript: 'This page needs JavaScript to keep a record. You can still print this card and fill it in by hand.',
    cardHowTo: 'Cut along the dotted line, fold along the dashed line, and keep it with your bank cards.',
    cardBackTitle: 'Product and follow-up',
    cardReport: 'To report a side effect: {url}',

    /** The calendar file: its name, and the event's title (SUMMARY) and reminder. */
    calendarFileName: 'botox-follow-up-review.ics',
    calendarEventTitle: 'Follow-up review after Botox',
    calendarEventTitleWithClinic: 'Follow-up review after Botox: {clinic}',

    addToSummary: 'Add my treatment record to this summary',
  },
  es: {
    pageTitle: 'Mi registro de tratamiento con Botox',

    'group.treatment': 'El tratamiento',
    'group.clinic': 'La clínica',
    'group.practitioner': 'La persona que le hizo el tratamiento',
    'group.product': 'El producto',
    'group.afterwards': 'Después',

    'treatmentDate.label': 'Fecha del tratamiento',
    'treatmentDate.hint': 'El día en que le pusieron las inyecciones.',
    'treatmentDate.cardLabel': 'Tratamiento',
    'clinicName.label': 'Nombre de la clínica',
    'clinicName.hint': 'Como aparece en su cita o en su recibo.',
    'clinicName.cardLabel': 'Clínica',
    'clinicAddress.label': 'Dirección de la clínica',
    'clinicAddress.hint': 'Dónde le hicieron el tratamiento.',
    'clinicPhone.label': 'Teléfono de la clínica',
    'clinicPhone.hint': 'El número al que llamar si algo le preocupa después del tratamiento.',
    'clinicPhone.cardLabel': 'Teléfono',
    'practitionerName.label': 'Nombre de la persona que le puso las inyecciones',
    'practitionerName.hint': 'Si no lo sabe, pregunte en la clínica.',
    'practitionerName.cardLabel': 'Quién inyectó',
    'practitionerProfession.label': 'Su profesión',
    'practitionerProfession.hint': 'Por ejemplo, médico, dentista, enfermero o farmacéutico.',
    'practitionerProfession.cardLabel': 'Profesión',
    'practitionerRegister.label': 'Su registro profesional y su número',
    'practitionerRegister.hint':
      'El servicio de salud público del Reino Unido (NHS) aconseja elegir a alguien inscrito en un registro con normas fijas de formación, habilidad y seguro. Pregunte en la clínica en qué registro está y con qué número.',
    'practitionerRegister.cardLabel': 'Registro y número',
    'prescriberSeen.label': '¿Le vio en persona alguien con permiso para recetar antes del tratamiento?',
    'prescriberSeen.hint':
      'En el Reino Unido, el Botox solo se puede recetar después de una consulta en persona. La hace un médico, un dentista, o un farmacéutico o enfermero con permiso para recetar.',
    'prescriberSeen.cardLabel': 'Me vio en persona quien recetó',
    'prescriberSeen.yes': 'Sí',
    'prescriberSeen.no': 'No',
    'prescriberSeen.not-sure': 'No lo sé',
    'productName.label': 'Nombre del producto',
    'productName.hint': 'Tal como aparece en la caja o en el vial.',
    'productName.cardLabel': 'Producto',
    'batchNumber.label': 'Número de lote',
    'batchNumber.hint': 'Está impreso en el vial y en su caja. Si no los vio, pregunte en la clínica.',
    'batchNumber.cardLabel': 'Lote',
    'expiryDate.label': 'Fecha de caducidad o vencimiento',
    'expiryDate.hint': 'Está impresa junto al número de lote. Si solo aparece un mes, elija el último día de ese mes.',
    'expiryDate.cardLabel': 'Vence',
    'areasTreated.label': 'Zonas tratadas',
    'areasTreated.hint': 'Por ejemplo, las arrugas del entrecejo, la frente o alrededor de los ojos.',
    'areasTreated.cardLabel': 'Zonas',
    'dose.label': 'Dosis, si se la dijeron',
    'dose.hint': 'Suele darse en unidades, para cada zona.',
    'dose.cardLabel': 'Dosis',
    'reviewDate.label': 'Fecha de la cita de revisión',
    'reviewDate.hint': 'Cuándo le pidió la clínica que volviera, si se lo pidió.',
    'reviewDate.cardLabel': 'Revisión',
    'notes.label': 'Notas',
    'notes.hint': 'Cualquier otra cosa: lo que le dijeron, lo que notó después y cuándo.',

    checkThisDate: 'Revise esta fecha: {problem}',
    reviewBeforeTreatment: 'Esta fecha de revisión es anterior a la fecha del tratamiento. Revise las dos fechas.',
    expiryBeforeTreatment:
      'Esta fecha de vencimiento es anterior a la fecha del tratamiento. Mírela en la caja o en el vial, y pregunte en la clínica si es correcta.',

    unreadableHeading: 'No pudimos leer el registro guardado en este navegador',
    unreadableText:
      'Puede que esté dañado, o que lo guardara una versión anterior de esta página. No lo mostramos, así que no se imprime ni se copia nada erróneo. Empiece un registro nuevo, o escriba en el formulario de abajo para reemplazarlo.',
    startNew: 'Empezar un registro nuevo',
    startedNew: 'Ha empezado un registro nuevo y vacío.',

    saveHeading: 'Imprímalo, cópielo o guárdelo',
    saveIntro:
      'Su registro se guarda solo en este navegador, mientras escribe. No se envía a ningún sitio. El archivo de calendario tiene la fecha de revisión, la clínica y el producto. Si su calendario se sincroniza en internet, los copiará en su cuenta.',
    printCard: 'Imprimir la tarjeta para la cartera',
    printFull: 'Imprimir el registro completo',
    copyAsText: 'Copiar como texto',
    addToCalendar: 'Añadir mi cita de revisión a mi calendario',
    clear: 'Borrar este registro',
    copied: 'Registro copiado. Puede pegarlo en un mensaje o en una nota.',
    copyFailed: 'Su navegador no permitió copiar. El texto aparece abajo: selecciónelo y cópielo.',
    recordAsText: 'Registro como texto',
    calendarDownloaded: 'Archivo de calendario descargado: {fileName}. Ábralo para añadir la revisión a su calendario.',
    calendarReviewBeforeTreatment: 'La fecha de revisión es anterior a la fecha del tratamiento. Revise primero las dos fechas.',
    calendarNeedsReviewDate: 'Primero añada la fecha de la cita de revisión.',
    confirmClear: '¿Quiere borrar este registro de este navegador? No se puede deshacer.',
    cleared: 'Registro borrado. No queda nada de él en este navegador.',

    cardHeading: 'Su tarjeta para la cartera',
    cardNoScript: 'Esta página necesita JavaScript para guardar un registro. Aun así, puede imprimir esta tarjeta y rellenarla a mano.',
    cardHowTo: 'Recórtela por la línea de puntos y dóblela por la línea de rayas. Guárdela con sus tarjetas del banco.',
    cardBackTitle: 'Producto y revisión',
    cardReport: 'Para informar de un efecto secundario: {url}',

    calendarFileName: 'botox-cita-de-revision.ics',
    calendarEventTitle: 'Cita de revisión después del Botox',
    calendarEventTitleWithClinic: 'Cita de revisión después del Botox: {clinic}',

    addToSummary: 'Añadir mi registro de tratamiento a este resumen',
  },
})

/** One edition's messages: what the island's components take as a prop. */
export type TreatmentRecordMessages = (typeof treatmentRecordMessages)['en']

/** What the symptom guide's summary needs to add a saved record: the page's title, the tick box, and each field's label and options. */
export type SummaryRecordMessages = FieldValueTexts & Pick<TreatmentRecordMessages, 'pageTitle' | 'addToSummary'>

/**
 * Only the summary's part of one edition's messages, for the symptom guide's island props: the guide's page then
 * carries no hints or form words it never shows.
 */
export function summaryRecordMessages(locale: Locale): SummaryRecordMessages {
  const messages = treatmentRecordMessages[locale]
  const valueKeys = RECORD_FIELDS.flatMap((field) => [
    `${field.id}.label` as const,
    ...(field.kind === 'choice' ? field.options.map((option) => `${field.id}.${option}` as const) : []),
  ])
  return {
    pageTitle: messages.pageTitle,
    addToSummary: messages.addToSummary,
    ...(Object.fromEntries(valueKeys.map((key) => [key, messages[key]])) as FieldValueTexts),
  }
}

// Every key logic.ts reads, in every edition: a missing one is a type error here.
treatmentRecordMessages.en satisfies RecordFormTexts
treatmentRecordMessages.es satisfies RecordFormTexts
