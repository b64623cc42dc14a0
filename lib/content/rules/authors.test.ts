import { describe, expect, it } from 'vitest'
import { validAuthor, validInput } from '@/tests/fixtures/content-input'
import { check, expectSingleIssue } from '@/tests/fixtures/expect-issue'
import { authorRules } from './authors'
import { dataFileRules } from './data-files'
import { referenceRules } from './references'

describe('author profiles', () => {
  it('rejects a profile with an invalid field, naming the field path', () => {
    const input = validInput()
    input.data.authors[0]!.data = { ...validAuthor, specialties: [] }
    // The articles then name an author that failed validation too.
    const issues = check(input)
    expect(issues[0]).toMatchObject({ file: 'content/authors/victor-beer.json', field: 'specialties' })
    expect(issues[0]?.reason).toMatch(/at least one specialty/)
    expect(issues.slice(1).map((issue) => issue.reason)).toEqual(Array(4).fill('"victor-beer" has no profile in content/authors'))
  })
  it('rejects a profile whose id does not match the file name', () => {
    const input = validInput()
    input.data.authors[0]!.file = 'content/authors/v-beer.json'
    expectSingleIssue(input, authorRules, 'content/authors/v-beer.json', 'id', /must match the file name \("v-beer"\)/)
  })
})

describe('the reference library', () => {
  it('rejects an entry with a bad URL', () => {
    const input = validInput()
    ;(input.data.references.data as { url: string }[])[1]!.url = 'not a url'
    // Every key then counts as unknown, which is not reported: the library's own problem is.
    expectSingleIssue(input, dataFileRules, 'content/references.json', '1.url', /full http\(s\) address/)
  })
  it('rejects a citation key listed twice', () => {
    const input = validInput()
    const refs = input.data.references.data as { key: string }[]
    refs.push({ ...(refs[0] as object), key: 'NHS-BOTOX' } as { key: string })
    expectSingleIssue(input, referenceRules, 'content/references.json', '5.key', /"NHS-BOTOX" is listed twice/)
  })
})
