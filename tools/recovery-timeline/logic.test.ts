import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { barPosition, orderedEvents, recoveryTimelineSchema, timelineSources, timelineWarnings, triageModel } from './logic'

const real = JSON.parse(fs.readFileSync('content/tools/recovery-timeline.json', 'utf8'))
const issuesOf = (data: unknown) =>
  recoveryTimelineSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []

describe('recovery timeline data', () => {
  it('accepts the real timeline, which covers the spread-of-toxin window up to about 4 weeks', () => {
    const timeline = recoveryTimelineSchema.parse(real)
    expect(timeline.events.find((event) => event.id === 'spread-window')).toMatchObject({ kind: 'warning', fromDay: 0, toDay: 28 })
  })
  it('rejects a warning that is not a sign or combination in the triage model', () => {
    const events = [{ ...real.events[0], warnings: ['drooping-eyelid', 'wobbly-ears'] }]
    expect(issuesOf({ ...real, events })).toEqual([
      'events.0.warnings.1: "wobbly-ears" is not a sign or combination in content/triage/model.json',
    ])
  })
  it('writes no level or action of its own: the droop and spread warnings come from the model, and double vision with a droop is an emergency', () => {
    const timeline = recoveryTimelineSchema.parse(real)
    for (const event of timeline.events) expect(event.detail, event.id).not.toMatch(/911|999|112|111|today|emergency|contact the clinic/i)
    const droop = timeline.events.find((event) => event.id === 'droop-appears')!
    expect(timelineWarnings(triageModel, droop).map((warning) => [warning.id, warning.level])).toEqual([
      ['double-vision-with-drooping-eyelid', 'emergency'],
      ['droop-blocks-sight', 'urgent'],
      ['drooping-eyelid', 'routine'],
    ])
    const spread = timeline.events.find((event) => event.id === 'spread-window')!
    expect(new Set(timelineWarnings(triageModel, spread).map((warning) => warning.level))).toEqual(new Set(['emergency']))
  })
  it("gives a sign the most serious level in any timeframe the event overlaps, with the time rule's words", () => {
    const [late] = timelineWarnings(triageModel, { fromDay: 20, toDay: 40, warnings: ['mouth-corner-droop'] })
    expect(late).toMatchObject({ level: 'urgent', actionTitle: 'Get medical advice today' })
    expect(late?.advice).toMatch(/^From 2 weeks after treatment/)
    const [early] = timelineWarnings(triageModel, { fromDay: 3, toDay: 7, warnings: ['mouth-corner-droop'] })
    expect(early?.level).toBe('routine')
  })
  it('rejects an event that ends before it starts', () => {
    const events = [{ ...real.events[0], fromDay: 10, toDay: 2 }]
    expect(issuesOf({ ...real, events })).toEqual(['events.0.toDay: must not be before fromDay'])
  })
  it('rejects an event beyond the scale', () => {
    const events = [{ ...real.events[0], toDay: 400 }]
    expect(issuesOf({ ...real, events })).toEqual(['events.0.toDay: must be within the 120-day scale'])
  })
  it('rejects an event without a source', () => {
    const events = [{ ...real.events[0], sources: [] }]
    expect(issuesOf({ ...real, events })).toEqual(['events.0.sources: must name at least one source'])
  })
})

describe('timeline helpers', () => {
  const timeline = recoveryTimelineSchema.parse(real)
  it('orders events by when they start, then end', () => {
    const order = orderedEvents(timeline).map((event) => event.id)
    expect(order.indexOf('effect-starts')).toBeLessThan(order.indexOf('droop-appears'))
    expect(order.at(-1)).toBe('effect-wears-off')
  })
  it('places bars on the scale and keeps short events visible', () => {
    expect(barPosition({ ...timeline.events[0]!, fromDay: 90, toDay: 120 }, 120)).toEqual({ left: 75, width: 25 })
    expect(barPosition({ ...timeline.events[0]!, fromDay: 42, toDay: 42 }, 120).width).toBeGreaterThan(0)
  })
  it('lists each source once', () => {
    expect(timelineSources(timeline)).toEqual([...new Set(timelineSources(timeline))])
  })
})
