import { loadTriageModel } from './load'

/** The real model, checked by the real schema, loaded once for the triage tests. */
export const model = loadTriageModel()

export type Scenario = {
  id: string
  timeframe?: string
  signs: string[]
  modifiers: string[]
  expect: { level: string; action: string; decidedBy: string[] }
  rationale: string
}
