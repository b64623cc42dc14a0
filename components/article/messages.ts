import { defineMessages } from '@/lib/i18n/messages'

/**
 * The interface text of the article components, in every edition. A sentence with a link, a name or a date in it is
 * one template whose placeholders are filled with elements (formatRich in lib/i18n/rich-text.tsx), so that Spanish can
 * order its words its own way. Names follow a colon in Spanish ("Revisión médica: Dr. …") because an honorific after
 * a preposition would need an article ("del Dr.") whose gender the profile does not give.
 */
export const articleMessages = defineMessages({
  en: {
    // ArticleByline (and ArticleCard for the reading time).
    bylineWrittenAndReviewedBy: 'Written and medically reviewed by {author}',
    bylineWrittenBy: 'Written by {author}',
    bylineMedicallyReviewedBy: 'Medically reviewed by {reviewer}',
    readingTime: '{minutes} minute read',
    bylineReviewed: 'Reviewed {date}',

    // TranslationNotice: shown on translated pages only, so the English side is never on a page.
    translationOf: 'This page is a translation of {englishVersion}, reviewed by {reviewerName} on {date}.',
    translationEnglishVersion: 'the English version',
    translationTranslator: 'Translation: {translator}.',
    translationReviewer: 'Translation review: {translationReviewer}.',
    translationReviewerOn: 'Translation review: {translationReviewer}, {date}.',

    // ReviewBox.
    reviewBoxLabel: 'Medical review',
    reviewBoxReviewerWhoWrote: 'Medically reviewed by {reviewer}, {jobTitle}, who also wrote this page.',
    reviewBoxReviewerAndWriter: 'Medically reviewed by {reviewer}, {jobTitle} · Written by {author}.',
    firstPublished: 'First published:',
    lastReviewed: 'Last reviewed:',
    nextReviewDue: 'Next review due:',
    whoWeAreLink: 'Who we are, how we are funded and our competing interests',

    // ReviewChanges.
    reviewChangesHeading: 'What changed at this review',
    reviewChangesReviewedOn: 'Reviewed on {date}:',
    reviewChangesEarlier: 'Earlier changes',

    // KeyPoints, TableOfContents, RelatedArticles.
    keyPointsHeading: 'Key points',
    tableOfContentsHeading: 'On this page',
    relatedArticlesHeading: 'Related articles',

    // InfoNotDiagnosis.
    infoNotDiagnosis: 'This page is information, not a diagnosis. If you are worried about a symptom, {link}.',
    infoNotDiagnosisLink: 'see how to get urgent help',

    // ReferenceList.
    referencesHeading: 'References',
    referencesBackToText: 'Back to text',

    // ArticleQrCode.
    qrCodeHeading: 'Read the latest version online',
    qrCodeImageLabel: 'QR code for {url}',
    qrCodeText: 'Scan the code or go to {url}. Articles are reviewed and updated, so the online page is the one to trust.',
    qrCodeDownload: 'Download the QR code{forTitle} (SVG, for posters)',
    qrCodeDownloadFor: ' for {title}',
    qrCodeFileName: '{slug}-qr-code.svg',

    // ShareBar, and the status texts its module (islands/share-bar.ts) writes, which it reads from the bar's data-message-* attributes.
    shareCopyLink: 'Copy link',
    shareShare: 'Share',
    sharePrintHandout: 'Print handout',
    shareLinkCopied: 'Link copied.',
    shareSectionLinkCopied: 'Link to this section copied.',
    shareCopyFailed: 'Copying is not available here. The link is selected below: copy it from there.',
    shareFallbackLabel: 'Link to copy',

    // AuthorProfile.
    authorCredentials: 'Credentials',
    authorRegistration: 'Registration',
    authorRegistrationEntry: '{register}, number {number}',
    authorRegistrationEntryWithCheck: '{register}, number {number} ({check})',
    authorRegistrationCheck: 'check it on the register',
    authorSpecialties: 'Specialties',
    authorExperience: 'Experience',
    authorProfessionalBodies: 'Professional bodies',
    authorAbout: 'About {name}',
    authorArticlesHeading: 'Articles written or reviewed by {name}',
    authorRoleWrittenAndReviewed: 'Written and Reviewed by {name}',
    authorRoleWritten: 'Written by {name}',
    authorRoleReviewed: 'Reviewed by {name}',
    authorNoArticles: 'No articles yet.',
  },
  es: {
    bylineWrittenAndReviewedBy: 'Texto y revisión médica: {author}',
    bylineWrittenBy: 'Escrito por: {author}',
    bylineMedicallyReviewedBy: 'Revisión médica: {reviewer}',
    readingTime: '{minutes} min de lectura',
    bylineReviewed: 'Última revisión: {date}',

    translationOf: 'Esta página es una traducción de {englishVersion}, revisada por {reviewerName} el {date}.',
    translationEnglishVersion: 'la versión en inglés',
    translationTranslator: 'Traducción: {translator}.',
    translationReviewer: 'Revisión de la traducción: {translationReviewer}.',
    translationReviewerOn: 'Revisión de la traducción: {translationReviewer}, {date}.',

    reviewBoxLabel: 'Revisión médica',
    reviewBoxReviewerWhoWrote: 'Revisión médica: {reviewer}, {jobTitle}, que también escribió esta página.',
    reviewBoxReviewerAndWriter: 'Revisión médica: {reviewer}, {jobTitle} · Escrito por: {author}.',
    firstPublished: 'Primera publicación:',
    lastReviewed: 'Última revisión:',
    nextReviewDue: 'Próxima revisión:',
    whoWeAreLink: 'Quiénes somos, cómo nos financiamos y qué intereses podrían influirnos',

    reviewChangesHeading: 'Qué cambió en esta revisión',
    reviewChangesReviewedOn: 'Revisión del {date}:',
    reviewChangesEarlier: 'Cambios anteriores',

    keyPointsHeading: 'Puntos clave',
    tableOfContentsHeading: 'En esta página',
    relatedArticlesHeading: 'Artículos relacionados',

    infoNotDiagnosis: 'Esta página es información, no un diagnóstico. Si le preocupa un síntoma, {link}.',
    infoNotDiagnosisLink: 'vea cómo conseguir ayuda urgente',

    referencesHeading: 'Fuentes',
    referencesBackToText: 'Volver al texto',

    qrCodeHeading: 'Lea la versión más reciente en internet',
    qrCodeImageLabel: 'Código QR de {url}',
    qrCodeText: 'Escanee el código o vaya a {url}. Revisamos y actualizamos los artículos. Por eso, confíe en la página de internet.',
    qrCodeDownload: 'Descargar el código QR{forTitle} (SVG, para carteles)',
    qrCodeDownloadFor: ' de «{title}»',
    qrCodeFileName: '{slug}-codigo-qr.svg',

    shareCopyLink: 'Copiar enlace',
    shareShare: 'Compartir',
    sharePrintHandout: 'Imprimir hoja informativa',
    shareLinkCopied: 'Enlace copiado.',
    shareSectionLinkCopied: 'Enlace a esta sección copiado.',
    shareCopyFailed: 'Aquí no se puede copiar. El enlace está seleccionado abajo: cópielo desde ahí.',
    shareFallbackLabel: 'Enlace para copiar',

    authorCredentials: 'Títulos',
    authorRegistration: 'Registro profesional',
    authorRegistrationEntry: '{register}, número {number}',
    authorRegistrationEntryWithCheck: '{register}, número {number} ({check})',
    authorRegistrationCheck: 'compruébelo en el registro',
    authorSpecialties: 'Especialidades',
    authorExperience: 'Experiencia',
    authorProfessionalBodies: 'Asociaciones profesionales',
    authorAbout: 'Biografía: {name}',
    authorArticlesHeading: 'Artículos escritos o revisados por: {name}',
    authorRoleWrittenAndReviewed: 'Escrito y revisado por: {name}',
    authorRoleWritten: 'Escrito por: {name}',
    authorRoleReviewed: 'Revisado por: {name}',
    authorNoArticles: 'Todavía no hay artículos.',
  },
})

export type ArticleMessages = (typeof articleMessages)['en']
