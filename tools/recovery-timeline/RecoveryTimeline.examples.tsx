import type { RecoveryTimelineData } from '@/tools/recovery-timeline/logic'
import { RecoveryTimeline } from './RecoveryTimeline'

export const exampleTimeline: RecoveryTimelineData = {
  scaleDays: 120,
  events: [
    {
      id: 'effect-wears-off',
      kind: 'effect',
      label: 'The effect wears off',
      when: 'After about 3 to 4 months',
      fromDay: 90,
      toDay: 120,
      detail: 'Lines come back.',
      sources: ['NHS-BOTOX'],
    },
    {
      id: 'spread-window',
      kind: 'warning',
      label: "Watch for spread of the toxin's effect",
      when: 'From a few hours to about 4 weeks',
      fromDay: 0,
      toDay: 28,
      detail: 'Watch for these.',
      warnings: ['trouble-breathing'],
      sources: ['UKHSA-2025-NEWS'],
    },
    {
      id: 'droop-appears',
      kind: 'side-effect',
      label: 'A drooping eyelid or brow can appear',
      when: 'Day 3 to day 7',
      fromDay: 3,
      toDay: 7,
      detail: 'What to do depends on what comes with it.',
      warnings: ['drooping-eyelid', 'double-vision-with-drooping-eyelid'],
      sources: ['KING-2016-JCAD'],
    },
  ],
}

export const examples = {
  threeEvents: <RecoveryTimeline timeline={exampleTimeline} />,
}
