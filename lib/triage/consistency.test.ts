/** @vitest-environment jsdom */
import fs from 'node:fs'
import { createElement, type ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CARE_LEVELS, CareCard } from '@/components/mdx/CareCard'
import { checkClaims, claimsFromDocument, claimsFromText, itemsNamedIn, type Mismatch } from './consistency'
import { claimsFromMdx } from './consistency-mdx'
import { LEVELS, levelOf } from './engine'
import { TEXT_PATTERNS } from './text-patterns'
import { model } from './test-model'

const URGENT_HELP = 'content/pages/urgent-help.mdx'
/** content/pages/urgent-help.mdx as it was before its boxes came from the model (reported as the real file). */
const urgentHelp = fs.readFileSync('tests/fixtures/triage/old-urgent-help.mdx', 'utf8')
const tooLow = (mismatches: Mismatch[]) => mismatches.filter((mismatch) => mismatch.problem === 'too-low')
const lineOf = (text: string) => urgentHelp.split('\n').findIndex((line) => line.includes(text)) + 1

describe('the model and the care cards share their levels', () => {
  it('uses exactly the care-card levels, most serious first', () => {
    expect([...LEVELS]).toEqual(Object.keys(CARE_LEVELS))
  })
})

describe('checkClaims', () => {
  it('accepts a claim at the model’s level and reports one below or above it', () => {
    expect(
      checkClaims(model, [{ where: 'card', level: 'emergency', items: ['double-vision-with-drooping-eyelid', 'trouble-breathing'] }]),
    ).toEqual([])
    expect(checkClaims(model, [{ where: 'card', level: 'urgent', items: ['double-vision-with-drooping-eyelid'] }])).toEqual([
      { where: 'card', item: 'double-vision-with-drooping-eyelid', claimed: 'urgent', expected: 'emergency', problem: 'too-low' },
    ])
    expect(checkClaims(model, [{ where: 'card', level: 'emergency', items: ['bruising'] }])).toEqual([
      { where: 'card', item: 'bruising', claimed: 'emergency', expected: 'routine', problem: 'too-high' },
    ])
  })

  it('judges a claim in its timeframe and with its modifiers', () => {
    expect(checkClaims(model, [{ where: 'a', level: 'routine', items: ['mouth-corner-droop'], timeframe: '2-4-weeks' }])[0]?.problem).toBe(
      'too-low',
    )
    expect(checkClaims(model, [{ where: 'a', level: 'urgent', items: ['mouth-corner-droop'], timeframe: '2-4-weeks' }])).toEqual([])
    expect(
      checkClaims(model, [{ where: 'b', level: 'routine', items: ['drooping-eyelid'], modifiers: ['outside-clinic'] }])[0]?.problem,
    ).toBe('too-low')
  })

  it('reports ids and levels it does not know', () => {
    expect(
      checkClaims(model, [{ where: 'c', level: 'soon', items: ['headache', 'third-eye'] }]).map((mismatch) => mismatch.problem),
    ).toEqual(['unknown-level', 'unknown-item'])
  })
})

describe('reading signs in text', () => {
  it('has a pattern for every sign and combination, and none for ids the model lacks', () => {
    const ids = [...model.signs.map((sign) => sign.id), ...model.combinations.map((combination) => combination.id)]
    const patterned = new Set(TEXT_PATTERNS.map((pattern) => pattern.id))
    expect(ids.filter((id) => !patterned.has(id))).toEqual([])
    expect([...patterned].filter((id) => !ids.includes(id))).toEqual([])
    for (const pattern of TEXT_PATTERNS)
      for (const id of pattern.supersedes ?? []) expect(ids, `${pattern.id} supersedes ${id}`).toContain(id)
  })

  it('reads every sign’s and combination’s own label as that item at the same level', () => {
    const problems: string[] = []
    for (const item of [...model.signs, ...model.combinations]) {
      const named = itemsNamedIn(item.label)
      if (!named.includes(item.id) && !named.some((id) => levelOf(model, id) === levelOf(model, item.id)))
        problems.push(`${item.id}: read as ${named.join(', ') || 'nothing'}`)
      const mismatches = checkClaims(model, claimsFromText(item.id, levelOf(model, item.id), item.label))
      if (mismatches.length > 0) problems.push(`${item.id}: ${mismatches.map((mismatch) => mismatch.item).join(', ')} at another level`)
    }
    expect(problems).toEqual([])
  })

  it('reads a sentence that sends the reader to another box at that box’s level', () => {
    expect(claimsFromText('x', 'routine', 'If a droop blocks your sight or you also see double, follow the urgent box above.')).toEqual([
      {
        where: 'x',
        level: 'urgent',
        items: ['droop-blocks-sight', 'double-vision-with-drooping-eyelid'],
        text: 'If a droop blocks your sight or you also see double, follow the urgent box above.',
      },
    ])
    expect(claimsFromText('x', 'routine', 'A drooping eyelid or eyebrow that does not block your sight.')[0]?.items).toEqual([
      'drooping-eyelid',
      'drooping-brow',
    ])
    expect(claimsFromText('x', 'routine', 'New trouble swallowing is an emergency at any time.')[0]?.level).toBe('emergency')
    expect(claimsFromText('x', 'urgent', 'Double vision on its own, without other signs from the emergency box.')[0]?.level).toBe('urgent')
  })
})

describe('the old urgent-help page (tests/fixtures/triage/old-urgent-help.mdx)', () => {
  const mismatches = checkClaims(model, claimsFromMdx(urgentHelp, URGENT_HELP))

  it('fails: its routine box sends double vision with a drooping eyelid to the urgent box', () => {
    const line = lineOf('you also see double, follow the urgent box above')
    expect(line).toBeGreaterThan(0)
    expect(tooLow(mismatches)).toEqual([
      {
        where: `${URGENT_HELP}:${line}`,
        item: 'double-vision-with-drooping-eyelid',
        claimed: 'urgent',
        expected: 'emergency',
        problem: 'too-low',
        text: 'If a droop blocks your sight or you also see double, follow the urgent box above.',
      },
    ])
  })

  it('accepts the same combination in its emergency box', () => {
    const line = lineOf('Double or blurred vision together with drooping eyelids')
    const claims = claimsFromMdx(urgentHelp, URGENT_HELP).filter((claim) => claim.where === `${URGENT_HELP}:${line}`)
    expect(claims).toEqual([expect.objectContaining({ level: 'emergency', items: ['double-vision-with-drooping-eyelid'] })])
    expect(checkClaims(model, claims)).toEqual([])
  })

  it('passes once that sentence says to call for emergency help', () => {
    const fixed = urgentHelp.replace(
      'If a droop blocks your sight or you also see double, follow the urgent box above.',
      'If a droop blocks your sight, follow the urgent box above. If you also see double or blurred, call 911 (US), 999 (UK) or 112 (EU) now.',
    )
    expect(fixed).not.toBe(urgentHelp)
    expect(tooLow(checkClaims(model, claimsFromMdx(fixed, URGENT_HELP)))).toEqual([])
  })
})

describe('built HTML', () => {
  it('finds the same problem in the HTML the CareCard component renders', () => {
    document.body.innerHTML = renderToStaticMarkup(
      createElement(
        CareCard,
        // The children are passed as createElement's third argument, which its typing does not see.
        { level: 'routine', title: 'Common effects that usually settle', locale: 'en' } as ComponentProps<typeof CareCard>,
        createElement('p', null, 'If a droop blocks your sight or you also see double, follow the urgent box above.'),
      ),
    )
    expect(
      tooLow(checkClaims(model, claimsFromDocument(document, 'urgent-help/index.html'))).map((mismatch) => [mismatch.where, mismatch.item]),
    ).toEqual([['urgent-help/index.html card 1', 'double-vision-with-drooping-eyelid']])
  })

  it('takes a card’s data-signs, data-timeframe and data-modifiers as its exact claim', () => {
    document.body.innerHTML = `
      <section data-level="emergency" data-signs="double-vision-with-drooping-eyelid trouble-breathing"><p>Text is not read when data-signs is there: bruising.</p></section>
      <section data-level="routine" data-signs="drooping-eyelid" data-modifiers="outside-clinic"></section>
      <section data-level="urgent" data-signs="mouth-corner-droop" data-timeframe="2-4-weeks"></section>`
    expect(checkClaims(model, claimsFromDocument(document, 'page'))).toEqual([
      { where: 'page card 2', item: 'drooping-eyelid', claimed: 'routine', expected: 'urgent', problem: 'too-low' },
    ])
  })

  it('reads a card’s own sentences, but leaves an item that names its signs to that item’s claim', () => {
    document.body.innerHTML = `
      <section data-level="routine"><ul>
        <li data-level="routine" data-signs="headache">A headache. Do the same if you also have trouble breathing.</li>
        <li>Trouble breathing is on this routine card by hand.</li>
      </ul></section>`
    expect(checkClaims(model, claimsFromDocument(document, 'page')).map((mismatch) => [mismatch.item, mismatch.problem])).toEqual([
      ['trouble-breathing', 'too-low'],
    ])
  })
})

describe('the urgent-help page as it is now', () => {
  it('names its signs from the model, so nothing in it contradicts the model', () => {
    const now = fs.readFileSync(URGENT_HELP, 'utf8')
    const claims = claimsFromMdx(now, URGENT_HELP)
    expect(claims.filter((claim) => claim.items.length > 0).length).toBeGreaterThan(0)
    expect(checkClaims(model, claims)).toEqual([])
  })
})
