import type { RecoveryTimelineData } from './recovery-timeline'
import type { RiskFigureData } from './risk-figures'

/** Data from content/tools/ that MDX components draw, handed to the renderer in one piece. */
export type ToolData = {
  riskFigures: readonly RiskFigureData[]
  recoveryTimeline?: RecoveryTimelineData
}
