import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkContent, formatIssue, type ContentInput } from '@/lib/content/rules'
import { readContentInput, readGeneratedDocuments, todayIso } from '@/lib/content/source'
import { MALFORMED, MALFORMED_DIR, articleDocument, readFixture } from '@/tests/fixtures/malformed-content'

/**
 * Each malformed file that the content rules reject, added in process to the
 * real content as contentlayer would have generated it: the check must name
 * that file, the field and the reason, and nothing else about it. (The files
 * contentlayer itself rejects go through a real build: tests/build/.)
 */

// What `contentlayer2 build` generated from the real content (npm test runs it first).
const realInput = () => readContentInput(readGeneratedDocuments())

function withFixture(fixture: string, into: string): ContentInput {
  const input = realInput()
  const text = readFixture(fixture)
  if (into.startsWith('content/authors/')) {
    input.data.authors.push({ file: into, data: JSON.parse(text) })
  } else {
    input.articles.push(articleDocument(into, text))
    input.sourceFiles.push(into)
  }
  return input
}

const problemsWith = (input: ContentInput, file: string) =>
  checkContent(input, { today: todayIso() })
    .filter((issue) => issue.file === file)
    .map(formatIssue)

describe('malformed content files', () => {
  it('has a case for every fixture, and nothing else in the fixture folder', () => {
    expect(fs.readdirSync(MALFORMED_DIR).sort()).toEqual(MALFORMED.map((entry) => entry.fixture).sort())
  })

  it('reads an article as contentlayer does (checked against every real article)', () => {
    for (const generated of readGeneratedDocuments().articles) {
      const file = `content/${generated._raw.sourceFilePath}`
      const document = articleDocument(file, fs.readFileSync(file, 'utf8'))
      expect(document.slug).toBe(generated.slug)
      expect(document.bodyRaw).toBe(generated.body.raw)
      expect(document.citedKeys).toEqual(generated.citedKeys)
      for (const [name, value] of Object.entries(document.fields)) expect(generated[name], `${file} › ${name}`).toEqual(value)
    }
  })

  it.each(MALFORMED.filter((entry) => entry.rejectedBy === 'rules'))(
    '$fixture is reported with file, field and reason',
    ({ fixture, into, message }) => {
      const problems = problemsWith(withFixture(fixture, into), into)
      expect(problems).toHaveLength(1)
      if (typeof message === 'string') expect(problems[0]).toBe(message)
      else expect(problems[0]).toMatch(message)
    },
  )
})

describe('broken shared data files', () => {
  it('a broken author profile is reported, naming the field', () => {
    const input = realInput()
    const profile = input.data.authors.find((entry) => entry.file === 'content/authors/victor-beer.json')!
    profile.data = { ...(profile.data as object), specialties: [] }
    expect(problemsWith(input, profile.file)).toEqual(['content/authors/victor-beer.json › specialties: must list at least one specialty'])
  })

  it('a bad entry in a tool data file is reported, naming file and field', () => {
    const input = realInput()
    const timeline = input.data.recoveryTimeline.data as { events: { sources: string[] }[] }
    timeline.events[0]!.sources = ['not a key']
    expect(problemsWith(input, 'content/tools/recovery-timeline.json')).toEqual([
      expect.stringMatching(/^content\/tools\/recovery-timeline\.json › events\.0\.sources\.0: /),
    ])
  })

  it('a broken triage model is reported, naming file, field and reason, and the care cards wait for it', () => {
    const input = realInput()
    const model = input.data.triageModel.data as { combinations: { signs: string[] }[] }
    model.combinations[0]!.signs = ['double-vision', 'no-such-sign']
    expect(checkContent(input, { today: todayIso() }).map(formatIssue)).toEqual([
      'content/triage/model.json › combinations.0.signs.1: "no-such-sign" is not one of the signs',
    ])
  })
})
