import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { barPosition, orderedEvents, recoveryTimelineSchema, timelineSources } from './logic'

const real = JSON.parse(fs.readFileSync('content/tools/recovery-timeline.json', 'utf8'))
const issuesOf = (data: unknown) =>
  recoveryTimelineSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []

describe('recovery timeline data', () => {
  it('accepts the real timeline, which covers the spread-of-toxin window up to about 4 weeks', () => {
    const timeline = recoveryTimelineSchema.parse(real)
    expect(timeline.events.find((event) => event.id === 'spread-window')).toMatchObject({ kind: 'warning', fromDay: 0, toDay: 28 })
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
