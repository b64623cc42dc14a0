import type { RecoveryTimelineData } from '@/tools/recovery-timeline/logic'
import type { RiskFigureData } from '@/tools/risk-figures/logic'

/** Data from content/tools/ that MDX components draw, handed to the renderer in one piece. */
export type ToolData = {
  riskFigures: readonly RiskFigureData[]
  recoveryTimeline?: RecoveryTimelineData
}
