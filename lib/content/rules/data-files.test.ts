import { describe, expect, it } from 'vitest'
import { validInput } from '@/tests/fixtures/content-input'
import { expectSingleIssue } from '@/tests/fixtures/expect-issue'
import { citationKeysIn, dataFileRules } from './data-files'

describe('tool data files', () => {
  it('reject figure data with a bad field, naming file and field', () => {
    const input = validInput()
    ;(input.data.riskFigures.data as { placebo: { percent: number } }[])[0]!.placebo.percent = -1
    expectSingleIssue(input, dataFileRules, 'content/tools/risk-figures.json', '0.placebo.percent', /too small|>=0/i)
  })
  it('reject a figure whose source is not in the reference library', () => {
    const input = validInput()
    ;(input.data.riskFigures.data as { source: string }[])[0]!.source = 'NOT-A-KEY'
    expectSingleIssue(input, dataFileRules, 'content/tools/risk-figures.json', '0.source', /"NOT-A-KEY" is not in content\/references.json/)
  })
  it('reject timeline data naming an unknown source', () => {
    const input = validInput()
    ;(input.data.recoveryTimeline.data as { events: { sources: string[] }[] }).events[1]!.sources = ['NOPE-1']
    expectSingleIssue(input, dataFileRules, 'content/tools/recovery-timeline.json', 'events.1.sources.0', /"NOPE-1" is not in content\/references.json/)
  })
  it('reject a triage model citing a source that is not in the reference library, naming file and field', () => {
    const input = validInput()
    ;(input.data.triageModel.data as { signs: { sources: string[] }[] }).signs[0]!.sources = ['GONE-2020']
    expectSingleIssue(input, dataFileRules, 'content/triage/model.json', 'signs.0.sources.0', /"GONE-2020" is not in content\/references.json/)
  })
  it('reject a checklist citation key that is not written as one, with the same words as everywhere else', () => {
    const input = validInput()
    ;(input.data.consultationChecklist.data as { sections: { items: { sources: string[] }[] }[] }).sections[0]!.items[0]!.sources = ['nhs-botox']
    expectSingleIssue(input, dataFileRules, 'content/tools/consultation-checklist.json', 'sections.0.items.0.sources.0', /must be an upper-case citation key such as NHS-BOTOX/)
  })
})

describe('the triage model, read through the data-file registry', () => {
  type Model = {
    levels: { id: string }[]
    signs: { level: string; sources?: string[] }[]
    timeRules: unknown[]
    combinations: unknown[]
  }
  const FILE = 'content/triage/model.json'
  const broken = (change: (model: Model) => void) => {
    const input = validInput()
    change(input.data.triageModel.data as Model)
    return input
  }
  it('a combination naming a sign that does not exist', () => {
    const input = broken((model) => {
      model.combinations.push({ id: 'both', signs: ['dry-eyes', 'no-such-sign'], level: 'urgent', label: 'Both', reason: 'Both.', sources: ['NHS-BOTOX'] })
    })
    expectSingleIssue(input, dataFileRules, FILE, 'combinations.0.signs.1', /"no-such-sign" is not one of the signs/)
  })
  it('levels out of order', () => {
    const input = broken((model) => {
      model.levels.reverse()
    })
    expectSingleIssue(input, dataFileRules, FILE, 'levels.0.id', /must be "emergency" here: levels go from most to least serious/)
  })
  it('a time rule that lowers a level', () => {
    const input = broken((model) => {
      model.timeRules.push({ id: 'later', sign: 'eye-will-not-close', from: 'later', level: 'routine', reason: 'Later.', sources: ['NHS-BOTOX'] })
    })
    expectSingleIssue(input, dataFileRules, FILE, 'timeRules.0.level', /a time rule may only raise a level/)
  })
  it('a missing source', () => {
    const input = broken((model) => {
      model.signs[1]!.sources = []
    })
    expectSingleIssue(input, dataFileRules, FILE, 'signs.1.sources', /must name at least one source/)
  })
  it('a source that is not in the reference library', () => {
    const input = broken((model) => {
      model.signs[0]!.sources = ['NOT-A-KEY']
    })
    expectSingleIssue(input, dataFileRules, FILE, 'signs.0.sources.0', /"NOT-A-KEY" is not in content\/references.json/)
  })
})

describe('citationKeysIn', () => {
  it('finds every "source" and "sources" key however deep, with its path', () => {
    const data = { a: [{ source: 'K-1' }], b: { c: { sources: ['K-2', 3, 'K-3'] } }, source: 4 }
    expect(citationKeysIn(data)).toEqual([
      { path: 'a.0.source', key: 'K-1' },
      { path: 'b.c.sources.0', key: 'K-2' },
      { path: 'b.c.sources.2', key: 'K-3' },
    ])
  })
})
