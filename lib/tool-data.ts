import type { RecoveryTimelineData } from '@/tools/recovery-timeline/logic'
import type { RiskFigureData } from '@/tools/risk-figures/logic'
import type { TriageModel } from '@/lib/triage/engine'

/** Data from content/tools/ that MDX components draw, handed to the renderer in one piece. */
export type ToolData = {
  riskFigures: readonly RiskFigureData[]
  recoveryTimeline?: RecoveryTimelineData
  /** content/triage/model.json: what care cards that name signs render (levels, labels, actions, sources). */
  triage?: TriageModel
}
