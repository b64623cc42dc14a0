import { ArticleQrCode } from './ArticleQrCode'

// ArticleQrCode is an async server component (the code is drawn at build time), so the example awaits its markup.
export const examples = {
  article: await ArticleQrCode({
    url: 'https://example.org/articles/common-side-effects/',
    slug: 'common-side-effects',
    title: 'Common side effects of Botox',
    locale: 'en',
  }),
  articleSpanish: await ArticleQrCode({
    url: 'https://example.org/es/articles/common-side-effects/',
    slug: 'common-side-effects',
    title: 'Efectos secundarios frecuentes del Botox',
    locale: 'es',
  }),
}
