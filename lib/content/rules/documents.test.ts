import { describe, it } from 'vitest'
import { article, validInput } from '@/tests/fixtures/content-input'
import { expectSingleIssue } from '@/tests/fixtures/expect-issue'
import { documentRules } from './documents'
import { slugRules } from './slugs'

describe('documents', () => {
  it('reports a source file that contentlayer did not turn into a document', () => {
    const input = validInput()
    input.sourceFiles.push('content/articles/lost.mdx')
    expectSingleIssue(input, documentRules, 'content/articles/lost.mdx', '(document)', /would be missing from the site/)
  })
  it('rejects two articles with the same slug', () => {
    const input = validInput()
    const copy = article('first')
    copy.file = 'content/articles/archive/first.mdx'
    input.articles.push(copy)
    input.sourceFiles.push(copy.file)
    expectSingleIssue(input, slugRules, 'content/articles/archive/first.mdx', 'slug', /"first" is already used by content\/articles\/first.mdx/)
  })
})
