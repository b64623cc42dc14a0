import { defineMessages } from '@/lib/i18n/messages'

/** The words of the document head, shared by every page of an edition. */
export const siteDocumentMessages = defineMessages({
  en: {
    // English uses siteDescription() from lib/site/lead-author.ts, which is built from the lead author's profile.
    siteDescription: 'Clear, sourced answers about the risks of Botox.',
    feedTitle: 'Corrections and changes to our Botox advice',
  },
  es: {
    siteDescription: 'Respuestas claras y con fuentes sobre los riesgos del Botox, escritas y revisadas por un dermatólogo.',
    feedTitle: 'Correcciones y cambios en nuestros consejos sobre Botox (en inglés)',
  },
})

/** The home page, the articles index and the 404 page. */
export const pageMessages = defineMessages({
  en: {
    homeTitle: '{siteName}: clear, sourced answers about the risks of Botox',
    homeHeading: 'The risks of Botox, explained in plain numbers',
    socialKicker: 'Clear, sourced answers for patients',
    homeIntro:
      'Thinking about Botox, or worried after a treatment? This site explains what can go wrong, how often it happens, and what to do about it. Every fact comes from a named source, and every page is written and medically reviewed by {author}, {jobTitle}.',
    homeUrgentHeading: 'Worried after a treatment?',
    homeUrgentText:
      'If you have trouble breathing, swallowing or speaking, call {numbers} now. These problems can start hours to weeks after an injection.',
    homeUrgentLink: 'See which symptoms need help, and how fast',
    homeTopicsHeading: 'Find what you need',
    homeStartHeading: 'Start here',
    oneArticle: '1 article',
    manyArticles: '{count} articles',
    comingSoon: 'Coming soon',
    indexTitle: 'All articles',
    indexDescription:
      'Every article on the risks of Botox, grouped by topic: side effects, complications, risks and benefits, choosing a practitioner and more.',
    indexIntro: 'Each article is written in plain English, cites its sources and is reviewed by {reviewer}.',
    indexTopicsLabel: 'Topics',
    indexEmptyTopic: 'Articles on this topic are being written and reviewed.',
    indexEmptyTopicUntil: 'Until then, {article} covers the basics.',
    notFoundTitle: 'Page not found',
    notFoundDescription: 'We could not find that page. Here is how to find what you were looking for, or get urgent help.',
    notFoundIntro: 'The page you asked for is not here. The link may be old, or the address may have a typo.',
    notFoundNeedHelp: 'Need help now?',
    notFoundUrgent: 'If you have trouble breathing, swallowing or speaking after Botox, call {numbers}. Or {link}.',
    notFoundUrgentLink: 'see which symptoms need urgent help',
    notFoundTry: 'Try one of these',
    notFoundHome: 'Home page',
    notFoundArticles: 'All articles, grouped by topic',
    notFoundAbout: 'About this site',
  },
  es: {
    homeTitle: '{siteName}: respuestas claras y con fuentes sobre los riesgos del Botox',
    homeHeading: 'Los riesgos del Botox, explicados con números sencillos',
    socialKicker: 'Respuestas claras y con fuentes para pacientes',
    homeIntro:
      '¿Está pensando en ponerse Botox, o le preocupa algo tras un tratamiento? Este sitio explica qué puede salir mal, cada cuánto pasa y qué hacer. Cada dato viene de una fuente con nombre, y cada página la escribe y revisa en inglés {author}, {jobTitle}.',
    homeUrgentHeading: '¿Le preocupa algo tras un tratamiento?',
    homeUrgentText:
      'Si le cuesta respirar, tragar o hablar, llame ahora al {numbers}. Estos problemas pueden empezar entre unas horas y unas semanas después de la inyección.',
    homeUrgentLink: 'Vea qué síntomas necesitan ayuda, y con qué rapidez',
    homeTopicsHeading: 'Encuentre lo que necesita',
    homeStartHeading: 'Empiece aquí',
    oneArticle: '1 artículo',
    manyArticles: '{count} artículos',
    comingSoon: 'Muy pronto',
    indexTitle: 'Todos los artículos',
    indexDescription:
      'Todos los artículos sobre los riesgos del Botox, por temas: efectos secundarios, complicaciones, riesgos y beneficios, cómo elegir a quién le trata y más.',
    indexIntro:
      'Cada artículo está escrito en un español sencillo, cita sus fuentes y es una traducción del texto en inglés revisado por {reviewer}.',
    indexTopicsLabel: 'Temas',
    indexEmptyTopic: 'Estamos escribiendo y revisando los artículos de este tema.',
    indexEmptyTopicUntil: 'Mientras tanto, {article} explica lo básico.',
    notFoundTitle: 'No encontramos la página',
    notFoundDescription: 'No encontramos esa página. Aquí le decimos cómo encontrar lo que buscaba, o cómo pedir ayuda urgente.',
    notFoundIntro: 'La página que pidió no está aquí. Puede que el enlace sea antiguo o que la dirección tenga un error.',
    notFoundNeedHelp: '¿Necesita ayuda ahora?',
    notFoundUrgent: 'Si le cuesta respirar, tragar o hablar después de ponerse Botox, llame al {numbers}. O {link}.',
    notFoundUrgentLink: 'vea qué síntomas necesitan ayuda urgente',
    notFoundTry: 'Pruebe con una de estas páginas',
    notFoundHome: 'Página de inicio',
    notFoundArticles: 'Todos los artículos, por temas',
    notFoundAbout: 'Sobre este sitio',
  },
})
