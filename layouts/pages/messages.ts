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

/** The tool pages, the corrections log and the author profile: titles, descriptions and the words around each tool. */
export const toolPageMessages = defineMessages({
  en: {
    guideTitle: 'Is this normal after Botox? Symptom guide',
    guideHeading: 'Is this normal after Botox?',
    guideDescription:
      'Tick what you notice after Botox to see whether it is common, needs medical advice today, or is an emergency. Nothing you choose leaves this page.',
    guideIntro:
      'Most effects after Botox are mild and settle by themselves. A few need medical advice today, and some are an emergency. This guide helps you tell which is which. It gives information, not a diagnosis.',
    guideAllHeading: 'All symptoms, from most to least urgent',
    guideAllIntro:
      'If you have symptoms from more than one list, follow the most urgent one. Some signs are more serious together, or later after treatment: these are listed too.',
    checklistTitle: 'Your Botox consultation checklist',
    checklistDescription:
      'What to tell the person treating you and what to ask them before Botox. Tick, print or copy it; your ticks stay in your browser.',
    checklistIntro:
      'Take this to your consultation. Tick what applies to you, so you remember to mention it, and ask the questions before you decide.',
    recordTitle: 'My Botox treatment record',
    recordDescription:
      'Write down the clinic, the person who treated you, the product and its batch number. Print it as a wallet card; it stays in your browser.',
    recordIntro:
      'Write down the details of your treatment while you still have them: who treated you, where, and with which product and batch. If you get a side effect, a doctor or nurse can then see what you had, and you have what a report to the medicines regulator asks for.',
    recordOptional: 'Every field is optional. Fill in what you know, and ask the clinic for the rest.',
    recordPrivate: 'Your record stays in this browser. We never see it, and it is not sent anywhere.',
    recordUnwell: 'Feeling unwell after a treatment? Go to {urgentHelp} first. To report a side effect or a fake product, see {report}.',
    recordUrgentLink: 'Get urgent help after Botox',
    recordReportLink: 'how to report a side effect or a fake product',
    searchTitle: 'Search the site',
    searchDescription: 'Search every article on the risks of Botox. The search runs in your browser; nothing you type is sent anywhere.',
    searchIntro:
      'Find an article by a word you remember, such as “eyelid” or “bruise”. The search runs in your browser: nothing you type leaves it.',
    correctionsTitle: 'Corrections and changes',
    correctionsDescription: 'Every change we made to an article when we reviewed it, newest first, with a feed clinics can follow.',
    correctionsIntro:
      'When we review an article, we say here what we changed and why it matters. Mistakes we fix are listed too. The newest changes come first.',
    correctionsFeed:
      'Do you hand our pages to patients? Add {feed} (Atom) to a feed reader, and you will see each change as soon as it is published. How we find and fix mistakes is in our {policy}.',
    correctionsFeedLink: 'our corrections feed',
    correctionsPolicyLink: 'editorial policy',
    authorTitle: '{name}, {jobTitle}',
    authorDescription: '{name} writes and medically reviews the articles on this site. {experience}',
  },
  es: {
    guideTitle: '¿Es normal después del Botox? Guía de síntomas',
    guideHeading: '¿Es normal esto después del Botox?',
    guideDescription:
      'Marque lo que nota tras el Botox para saber si es común, si necesita consejo médico hoy o si es una emergencia. Nada de lo que elija sale de esta página.',
    guideIntro:
      'La mayoría de los efectos del Botox son leves y se pasan solos. Unos pocos necesitan consejo médico hoy, y algunos son una emergencia. Esta guía le ayuda a distinguirlos. Da información, no un diagnóstico.',
    guideAllHeading: 'Todos los síntomas, del más urgente al menos urgente',
    guideAllIntro:
      'Si tiene síntomas de más de una lista, siga la más urgente. Algunas señales son más graves juntas, o más tarde tras el tratamiento: también están en la lista.',
    checklistTitle: 'Su lista para la consulta de Botox',
    checklistDescription:
      'Qué contar a quien le va a tratar y qué preguntarle antes del Botox. Márquela, imprímala o cópiela; sus marcas se quedan en su navegador.',
    checklistIntro:
      'Lleve esta lista a su consulta. Marque lo que le afecta, para acordarse de decirlo, y haga las preguntas antes de decidir.',
    recordTitle: 'Mi registro de tratamiento con Botox',
    recordDescription:
      'Anote la clínica, quién le trató, el producto y su número de lote. Imprímalo como tarjeta de bolsillo; se queda en su navegador.',
    recordIntro:
      'Anote los datos de su tratamiento mientras los tiene: quién le trató, dónde, y con qué producto y lote. Si tiene un efecto secundario, un médico o una enfermera podrá ver qué le pusieron, y usted tendrá lo que pide un aviso a la agencia de medicamentos.',
    recordOptional: 'Todos los campos son opcionales. Rellene lo que sepa y pida el resto a la clínica.',
    recordPrivate: 'Su registro se queda en este navegador. Nosotros nunca lo vemos y no se envía a ningún sitio.',
    recordUnwell:
      '¿Se encuentra mal tras un tratamiento? Vaya primero a {urgentHelp}. Para informar de un efecto secundario o de un producto falso, vea {report}.',
    recordUrgentLink: 'Ayuda urgente después del Botox',
    recordReportLink: 'cómo informar de un efecto secundario o de un producto falso',
    searchTitle: 'Buscar en el sitio',
    searchDescription:
      'Busque en todos los artículos sobre los riesgos del Botox. La búsqueda se hace en su navegador; lo que escribe no se envía.',
    searchIntro:
      'Encuentre un artículo por una palabra que recuerde, como «párpado» o «moretón». La búsqueda se hace en su navegador: lo que escribe no sale de él.',
    correctionsTitle: 'Correcciones y cambios',
    correctionsDescription:
      'Cada cambio que hicimos en un artículo al revisarlo, del más nuevo al más antiguo, con un canal que las clínicas pueden seguir.',
    correctionsIntro:
      'Cuando revisamos un artículo, contamos aquí qué cambiamos y por qué importa. También están los errores que corregimos. Los cambios más nuevos van primero.',
    correctionsFeed:
      '¿Da nuestras páginas a sus pacientes? Añada {feed} (Atom, en inglés) a un lector de canales y verá cada cambio en cuanto se publique. Cómo encontramos y corregimos errores está en nuestra {policy}.',
    correctionsFeedLink: 'nuestro canal de correcciones',
    correctionsPolicyLink: 'política editorial',
    authorTitle: '{name}, {jobTitle}',
    authorDescription: '{name} escribe y revisa en inglés los artículos de este sitio, de los que se hacen las traducciones. {experience}',
  },
})
