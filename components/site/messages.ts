import { defineMessages } from '@/lib/i18n/messages'

/**
 * The words of the parts every page shares (header, footer, skip link, urgent help link, "report a problem", the
 * corrections log and the social image), in each edition. The site's name is a name, not a phrase: it stays as
 * siteConfig.name in both.
 */
export const siteMessages = defineMessages({
  en: {
    skipToContent: 'Skip to main content',
    urgentHelp: 'Get urgent help',

    // Header: the main navigation.
    mainNavigation: 'Main',
    navArticles: 'Articles',
    navSymptomGuide: 'Symptom guide',
    navChecklist: 'Checklist',
    navRecord: 'My record',
    navAbout: 'About',
    navSearch: 'Search',

    // Footer.
    disclaimer: 'This site gives information, not medical advice or a diagnosis.',
    emergencyAdvice:
      'Talk to a doctor about your own situation. If you have trouble breathing, swallowing or speaking after Botox, call {emergencyNumbers} now.',
    /** The emergency numbers as the edition's readers need them; siteConfig.emergencyNumbers is the same English text. */
    emergencyNumbers: '911 (US), 999 (UK) or 112 (EU)',
    footerNavigation: 'Footer',
    footerAbout: 'About and editorial policy',
    footerWhoWeAre: 'Who we are and how we are funded',
    footerCorrections: 'Corrections and changes',
    footerAccessibility: 'Accessibility',
    footerPrivacy: 'Privacy',
    /** {author} is the lead author's name, as a link to their profile; {jobTitle} their job title in lower case. */
    byline: 'Written and medically reviewed by {author}, {jobTitle}. No cookies, no tracking.',

    // "Report a problem with this page", at the end of every page.
    reportHeading: 'Something wrong or unclear?',
    reportLink: 'Report a problem with this page',
    /** {link} is reportLink as a mailto: link. */
    reportExplanation:
      "{link} by email. Your email app opens with this page's title and address filled in; nothing is sent until you send it.",
    reportPolicyLink: 'What we do with reports',
    /** {link} is reportPolicyLink as a link to the editorial policy. */
    reportPolicy: '{link}.',

    // The corrections page.
    correctionsNone: 'No article has been changed at a review yet.',

    // The picture shown when a page is shared.
    socialReviewedBy: 'Medically reviewed by {name}, {jobTitle}',
  },
  es: {
    skipToContent: 'Ir al contenido principal',
    urgentHelp: 'Pida ayuda urgente',

    mainNavigation: 'Principal',
    navArticles: 'Artículos',
    navSymptomGuide: 'Guía de síntomas',
    navChecklist: 'Lista para la consulta',
    navRecord: 'Mi registro',
    navAbout: 'Sobre nosotros',
    navSearch: 'Buscar',

    disclaimer: 'Este sitio da información, no consejo médico ni un diagnóstico.',
    emergencyAdvice:
      'Hable con un médico sobre su caso. Si después del Botox le cuesta respirar, tragar o hablar, llame ahora: {emergencyNumbers}.',
    emergencyNumbers: '911 (EE. UU. y México) o 112 (España y la UE), o el número de emergencias de su país',
    footerNavigation: 'Pie de página',
    footerAbout: 'Sobre nosotros y nuestra política editorial',
    footerWhoWeAre: 'Quiénes somos y cómo nos financiamos',
    footerCorrections: 'Correcciones y cambios',
    footerAccessibility: 'Accesibilidad',
    footerPrivacy: 'Privacidad',
    byline: 'Autor y revisor médico: {author}, {jobTitle}. Sin cookies y sin rastreo.',

    reportHeading: '¿Algo está mal o no se entiende?',
    reportLink: 'Informar de un problema con esta página',
    reportExplanation:
      '{link} por correo electrónico. Se abre su aplicación de correo con el título y la dirección de esta página ya escritos. No se envía nada hasta que usted lo envíe.',
    reportPolicyLink: 'Qué hacemos con los informes',
    reportPolicy: '{link}.',

    correctionsNone: 'Todavía no hemos cambiado ningún artículo en una revisión.',

    socialReviewedBy: 'Revisor médico: {name}, {jobTitle}',
  },
})

export type SiteMessages = (typeof siteMessages)['en']
