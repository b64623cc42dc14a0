import { describe, expect, it } from 'vitest'
import { GATES, MAX_RUNS, MIN_RUNS, needsAnotherRun, summariseRuns, type RunSummary } from './lighthouse-gates.mjs'

const run = (overrides: Partial<RunSummary> = {}): RunSummary => ({
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0,
  fcpMs: 800,
  lcpMs: 900,
  tbtMs: 40,
  failedAudits: [],
  ...overrides,
})

describe('needsAnotherRun', () => {
  it('always takes the minimum number of runs', () => {
    expect(needsAnotherRun(Array.from({ length: MIN_RUNS - 1 }, () => run()))).toBe(true)
    expect(needsAnotherRun(Array.from({ length: MIN_RUNS }, () => run()))).toBe(false)
  })

  it('goes on while no run has met the performance gate, up to the maximum', () => {
    const slow = run({ performance: GATES.performance - 5, tbtMs: 400 })
    expect(needsAnotherRun(Array.from({ length: MIN_RUNS }, () => slow))).toBe(true)
    expect(needsAnotherRun(Array.from({ length: MAX_RUNS }, () => slow))).toBe(false)
    expect(needsAnotherRun([...Array.from({ length: MIN_RUNS }, () => slow), run()])).toBe(false)
  })

  it('stops as soon as a speed-independent gate is broken', () => {
    expect(needsAnotherRun([run({ performance: 90 }), run({ performance: 90, cls: 0.01 }), run({ performance: 90 })])).toBe(false)
  })
})

describe('summariseRuns', () => {
  it('passes a page whose fastest run meets the gate, and reports the median too', () => {
    const row = summariseRuns([
      run({ performance: 92, tbtMs: 360 }),
      run({ performance: 99, tbtMs: 120 }),
      run({ performance: 96, tbtMs: 240 }),
    ])
    expect(row.problems).toEqual([])
    expect(row.performance).toBe(99)
    expect(row.tbtMs).toBe(120)
    expect(row.medianPerformance).toBe(96)
    expect(row.tbtRangeMs).toEqual([120, 360])
  })

  it('fails a page that is slow in every run', () => {
    const row = summariseRuns(Array.from({ length: MAX_RUNS }, (_, index) => run({ performance: 80 + index, tbtMs: 700 - index })))
    expect(row.problems).toEqual([`performance ${80 + MAX_RUNS - 1} < ${GATES.performance} in all ${MAX_RUNS} runs`])
  })

  it('fails a page when any one run shifts its layout or loses an accessibility point', () => {
    const row = summariseRuns([run(), run({ cls: 0.004 }), run({ accessibility: 96, failedAudits: ['color-contrast'] })])
    expect(row.problems).toEqual(['CLS 0.004 > 0', 'accessibility 96 < 100'])
    expect(row.cls).toBe(0.004)
    expect(row.failedAudits).toEqual(['color-contrast'])
  })
})
