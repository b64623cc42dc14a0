import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatIssue } from './types'
import { loadTriageModel } from '@/lib/triage/load'
import { twinOf, validInput } from '@/tests/fixtures/content-input'
import { check } from '@/tests/fixtures/expect-issue'
import { careCardIssues, handTypedNumberIssues } from './care-cards'

const model = loadTriageModel()
const OLD_URGENT_HELP = 'tests/fixtures/triage/old-urgent-help.mdx'
const issuesOf = (file: string, source: string) => careCardIssues(model, file, source).map(formatIssue)

describe('care cards against the triage model', () => {
  it('fails on the old urgent-help page, naming file:line, card and sign', () => {
    // content/pages/urgent-help.mdx as it was before its boxes came from the model.
    const issues = issuesOf('content/pages/urgent-help.mdx', fs.readFileSync(OLD_URGENT_HELP, 'utf8'))
    expect(issues.length).toBeGreaterThan(0)
    // The routine box sent "a droop … or you also see double" to the urgent box: the model says emergency.
    expect(issues).toContainEqual(
      expect.stringMatching(
        /^content\/pages\/urgent-help\.mdx › line 69: CareCard "Common effects that usually settle": "double-vision-with-drooping-eyelid" is shown at urgent but the triage model says emergency \(too-low\)/,
      ),
    )
    // The urgent box's "contact the clinic today" list put a faint at the wrong level, and dry eyes too high.
    expect(issues.some((issue) => /CareCard "Get urgent advice from your clinic today": "brief-faint" is shown at urgent/.test(issue))).toBe(true)
  })

  it('passes on every article and page as they are now', () => {
    const files = [...fs.readdirSync('content/articles').map((name) => `content/articles/${name}`), ...fs.readdirSync('content/pages').map((name) => `content/pages/${name}`)]
    const issues = files.flatMap((file) => issuesOf(file, fs.readFileSync(file, 'utf8')))
    expect(issues).toEqual([])
  })

  it('fails a card that lists a sign by id at a lower level than the model', () => {
    const source = ['Text.', '', '<CareCard level="urgent" title="Eyes" signs={["double-vision-with-drooping-eyelid"]} />'].join('\n')
    expect(issuesOf('content/articles/x.mdx', source)).toEqual([
      expect.stringMatching(/^content\/articles\/x\.mdx › line 3: CareCard "Eyes" shows "double-vision-with-drooping-eyelid" at the urgent level, but the triage model .* puts it at emergency/),
      'content/articles/x.mdx › line 3: CareCard "Eyes": "double-vision-with-drooping-eyelid" is shown at urgent but the triage model says emergency (too-low)',
    ])
  })

  it('fails a hand-written sentence that contradicts the model', () => {
    const source = ['<CareCard level="urgent" title="Contact the clinic today if:">', '', '- Double or blurred vision with a drooping eyelid.', '', '</CareCard>'].join('\n')
    expect(issuesOf('content/articles/x.mdx', source)).toEqual([
      'content/articles/x.mdx › line 3: CareCard "Contact the clinic today if:": "double-vision-with-drooping-eyelid" is shown at urgent but the triage model says emergency (too-low): “Double or blurred vision with a drooping eyelid.”',
    ])
  })

  it('passes cards rendered from the model, by id and by group', () => {
    const source = [
      '<CareCard level="emergency" groups={["toxin-spread", "allergy"]} />',
      '',
      '<CareCard level="urgent" signs={["drooping-eyelid"]} modifiers={["outside-clinic"]} />',
      '',
      '<CareCard level="urgent" signs={["mouth-corner-droop"]} timeframe="2-4-weeks" />',
    ].join('\n')
    expect(issuesOf('content/articles/x.mdx', source)).toEqual([])
  })

  it('runs with the other content rules (a fixture card with an unknown group)', () => {
    const input = validInput()
    input.articles[0]!.bodyRaw += '\n\n<CareCard level="urgent" groups={["nope"]} />\n'
    input.translations.articles[0] = twinOf(input.articles[0]!)
    expect(check(input).map(formatIssue)).toEqual([expect.stringMatching(/content\/articles\/first\.mdx › line \d+: CareCard level="urgent": "nope" is not a group/)])
  })
})

describe('handTypedNumberIssues', () => {
  it('refuses an emergency or NHS 111 number typed by hand, in the body or the frontmatter', () => {
    const source = ['Bruising is common.', 'Call 911 (US), 999 (UK) or 112 (EU) now if you cannot breathe.', 'Or ring NHS 111.'].join('\n')
    expect(
      handTypedNumberIssues('content/articles/x.mdx', source, { description: 'When to call 999.', title: 'Risks' }).map(
        (issue) => `${issue.field}: ${issue.reason.slice(0, 5)}`,
      ),
    ).toEqual(['description: "999"', 'line 2: "911"', 'line 3: "NHS '])
  })

  it('lets other numbers through', () => {
    expect(handTypedNumberIssues('x.mdx', 'About 1,120 people in 9,112 trial visits; call 1-800-FDA-1088.')).toEqual([])
  })
})
