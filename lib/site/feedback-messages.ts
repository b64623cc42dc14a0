import { defineMessages } from '@/lib/i18n/messages'

/**
 * The words of the prefilled "report a problem" email (lib/site/feedback.ts), in each edition: the reader sees them in
 * their own email app, so they are in the page's language like the link that opens it.
 */
export const feedbackMessages = defineMessages({
  en: {
    /** The start of the subject, so the editor can sort reports from other mail at a glance. */
    subjectPrefix: 'Problem with a page:',
    pageLine: 'Page: {title}',
    addressLine: 'Address: {address}',
    /** The address line's value when the page cannot know its own address (the 404 page answers any address). */
    unknownAddress: '(please paste the address you tried)',
    /** The last line, after which the reader writes. */
    question: 'What is wrong or unclear:',
  },
  es: {
    subjectPrefix: 'Problema con una página:',
    pageLine: 'Página: {title}',
    addressLine: 'Dirección: {address}',
    unknownAddress: '(pegue aquí la dirección de la página que intentó abrir)',
    question: 'Qué está mal o qué no se entiende:',
  },
})
