import { defineDocumentType, makeSource } from 'contentlayer2/source-files'
import readingTime from 'reading-time'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import { headingLinkOptions } from './lib/site/heading-links'
import { articlePath, contentPagePath } from './lib/site/routes'
import { extractCitedKeys, extractToc } from './lib/mdx-source'
import { TOPIC_IDS } from './lib/topics'

/**
 * The one place that says what a document is. Rules contentlayer cannot express
 * (date order, known citation keys and authors, lengths, unique slugs) live in
 * lib/content-rules.ts and run straight after `contentlayer2 build`.
 */

// Dates stay strings here: contentlayer's date type silently rolls 2026-02-30 over to
// 2026-03-02, so lib/schemas.ts parses and checks them instead.
const DATE_HINT = 'A date written as "YYYY-MM-DD", in quotes.'

const fileSlug = (flattenedPath: string) => flattenedPath.split('/').pop() ?? flattenedPath

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true, description: 'At most 160 characters; used as the meta description.' },
    topic: { type: 'enum', options: TOPIC_IDS, required: true },
    keyPoints: { type: 'list', of: { type: 'string' }, required: true },
    publishedAt: { type: 'string', required: true, description: DATE_HINT },
    lastReviewed: { type: 'string', required: true, description: DATE_HINT },
    nextReviewDue: { type: 'string', required: true, description: DATE_HINT },
    author: { type: 'string', required: true, description: 'Id of a profile in content/authors.' },
    reviewer: { type: 'string', required: true, description: 'Id of a profile in content/authors.' },
    citations: { type: 'list', of: { type: 'string' }, required: true, description: 'Keys in content/references.json.' },
    related: { type: 'list', of: { type: 'string' }, default: [], description: 'Slugs of other articles.' },
    draft: { type: 'boolean', default: false },
  },
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
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    lastUpdated: { type: 'string', required: true, description: DATE_HINT },
    citations: { type: 'list', of: { type: 'string' }, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => contentPagePath(fileSlug(doc._raw.flattenedPath)) },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
    citedKeys: { type: 'json', resolve: (doc) => extractCitedKeys(doc.body.raw) },
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirInclude: ['articles', 'pages'],
  documentTypes: [Article, Page],
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
