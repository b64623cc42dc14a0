import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import readingTime from 'reading-time'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import { headingLinkOptions } from './lib/site/heading-links'
import { articlePath, contentPagePath } from './lib/site/routes'
import { extractCitedKeys, extractToc } from './lib/content/mdx/read'
import { contentlayerFields } from './lib/content/schemas/contentlayer-fields'
import {
  articleFrontmatterSchema,
  articleTranslationSchema,
  pageFrontmatterSchema,
  pageTranslationSchema,
} from './lib/content/schemas/frontmatter'
import { localePath } from './lib/i18n/locales'

/**
 * The document types. Their fields are derived from the zod frontmatter
 * schemas (lib/content/schemas/frontmatter.ts), the one definition of a
 * document; rules contentlayer cannot express (date order, known citation keys
 * and authors, lengths, unique slugs, readability) live in lib/content/rules/
 * and run straight after `contentlayer2 build`.
 */

const fileSlug = (flattenedPath: string) => flattenedPath.split('/').pop() ?? flattenedPath

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(articleFrontmatterSchema),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => articlePath(fileSlug(doc._raw.flattenedPath)) },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
    citedKeys: { type: 'json', resolve: (doc) => extractCitedKeys(doc.body.raw) },
    readingTime: { type: 'number', resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)) },
    wordCount: { type: 'number', resolve: (doc) => readingTime(doc.body.raw).words },
  },
}))

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(pageFrontmatterSchema),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => contentPagePath(fileSlug(doc._raw.flattenedPath)) },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
    citedKeys: { type: 'json', resolve: (doc) => extractCitedKeys(doc.body.raw) },
  },
}))

/**
 * A Spanish document sits at content/es/<kind>/<same slug>.mdx and holds only what translation changes: its
 * frontmatter names the English text it was made from (lib/content/rules/translations.ts checks it).
 */
export const ArticleTranslation = defineDocumentType(() => ({
  name: 'ArticleTranslation',
  filePathPattern: 'es/articles/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(articleTranslationSchema),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => localePath('es', articlePath(fileSlug(doc._raw.flattenedPath))) },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
    citedKeys: { type: 'json', resolve: (doc) => extractCitedKeys(doc.body.raw) },
    readingTime: { type: 'number', resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)) },
    wordCount: { type: 'number', resolve: (doc) => readingTime(doc.body.raw).words },
  },
}))

export const PageTranslation = defineDocumentType(() => ({
  name: 'PageTranslation',
  filePathPattern: 'es/pages/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(pageTranslationSchema),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => localePath('es', contentPagePath(fileSlug(doc._raw.flattenedPath))) },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
    citedKeys: { type: 'json', resolve: (doc) => extractCitedKeys(doc.body.raw) },
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirInclude: ['articles', 'pages', 'es/articles', 'es/pages'],
  documentTypes: [Article, Page, ArticleTranslation, PageTranslation],
  // Fail, never skip: a document that does not fit its type must stop the build,
  // not vanish from the site with a warning nobody reads.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingLinkOptions]],
  },
})
