import { defineMessages } from '@/lib/i18n/messages'

/**
 * The checklist's own words, in each edition. The sections and items come from the edition's copy of
 * content/tools/consultation-checklist.json, and the title from the page. The island never imports this file's
 * values: its server wrapper (index.tsx) puts one edition's messages into the island's props.
 */
export const consultationChecklistMessages = defineMessages({
  en: {
    progress: '{ticked} of {total} ticked. Your ticks are saved in this browser only.',
    print: 'Print',
    copy: 'Copy as text',
    reset: 'Reset all ticks',
    copied: 'Checklist copied. You can paste it into a note or message.',
    copyFailed: 'Your browser did not allow copying. The text is shown below: select it and copy it.',
    cleared: 'All ticks cleared.',
    /** The label of the box that shows the text when the browser will not copy it. */
    asText: 'Checklist as text',
    /** The link after each item's reason; screen readers hear the item's text after it. */
    moreOnThis: 'More on this',
  },
  es: {
    progress: 'Ha marcado {ticked} de {total}. Sus marcas se guardan solo en este navegador.',
    print: 'Imprimir',
    copy: 'Copiar como texto',
    reset: 'Borrar todas las marcas',
    copied: 'Se copió la lista. Puede pegarla en una nota o en un mensaje.',
    copyFailed: 'Su navegador no permitió copiar. El texto aparece abajo: selecciónelo y cópielo.',
    cleared: 'Se borraron todas las marcas.',
    asText: 'La lista como texto',
    moreOnThis: 'Más información',
  },
})

export type ConsultationChecklistMessages = (typeof consultationChecklistMessages)['en']
