import type { SymptomGuideData } from './schema'

/**
 * "Is this normal after Botox?": the rules are data (content/tools/symptom-guide.json)
 * and this module applies them. The most serious level that any rule gives wins,
 * so no answer can ever soften an emergency.
 *
 * No zod here: this runs in the browser, and its data was validated at build
 * time by symptom-guide-schema.ts.
 */

export const LEVEL_ORDER = ['routine', 'urgent', 'emergency'] as const
export type { SymptomGuideData }
export type Symptom = SymptomGuideData['symptoms'][number]
export type GuideLevel = (typeof LEVEL_ORDER)[number]

export function rank(value: GuideLevel): number {
  return LEVEL_ORDER.indexOf(value)
}

/** One reason behind an answer: which choice led to which level, and why. */
export type Finding = { level: GuideLevel; label: string; reason?: string; settles?: string; watchFor?: string; sources: string[] }

export type Assessment = {
  level: GuideLevel
  /** Every finding at the answer's level, most specific first. */
  findings: Finding[]
  /** Less serious choices, shown after the main advice so nothing the reader ticked is ignored. */
  alsoNoted: Finding[]
  /** What would make it more serious (or, for an emergency, why it must not wait). */
  moreSerious: string
  sources: string[]
}

/**
 * The answer for the chosen symptoms and time since treatment, or null when
 * nothing is chosen. The time since treatment can only make an answer more
 * serious (a headache that has lasted a week), never less.
 */
export function assess(guide: SymptomGuideData, chosenIds: readonly string[], timeframeId?: string): Assessment | null {
  const chosen = guide.symptoms.filter((symptom) => chosenIds.includes(symptom.id))
  if (chosen.length === 0) return null
  const timeframeIndex = guide.timeframes.findIndex((timeframe) => timeframe.id === timeframeId)

  const findings: Finding[] = chosen.map((symptom) => {
    const escalate = symptom.escalate
    const escalates =
      escalate !== undefined &&
      timeframeIndex >= 0 &&
      timeframeIndex >= guide.timeframes.findIndex((timeframe) => timeframe.id === escalate.from)
    return escalates && escalate
      ? { level: escalate.level, label: symptom.label, reason: escalate.reason, sources: symptom.sources }
      : {
          level: symptom.level,
          label: symptom.label,
          reason: symptom.note,
          settles: symptom.settles,
          watchFor: symptom.watchFor,
          sources: symptom.sources,
        }
  })
  for (const combination of guide.combinations) {
    if (combination.symptoms.every((id) => chosenIds.includes(id))) {
      const labels = combination.symptoms.map((id) => guide.symptoms.find((symptom) => symptom.id === id)?.label ?? id)
      findings.unshift({ level: combination.level, label: labels.join(' with '), reason: combination.reason, sources: combination.sources })
    }
  }

  const highest = findings.reduce((top, finding) => (rank(finding.level) > rank(top) ? finding.level : top), 'routine' as GuideLevel)
  const atLevel = findings.filter((finding) => finding.level === highest)
  const alsoNoted = findings.filter((finding) => finding.level !== highest)
  const sources = [
    ...new Set([
      ...guide.levels[highest].sources,
      ...atLevel.flatMap((finding) => finding.sources),
      ...(highest === 'emergency' ? [] : guide.worseSigns.sources),
    ]),
  ]
  const moreSerious = highest === 'emergency' ? guide.levels.emergency.moreSerious : guide.worseSigns.text
  return { level: highest, findings: atLevel, alsoNoted, moreSerious, sources }
}

/** Symptoms grouped by their own level, most serious first: the page's no-JavaScript version. */
export function symptomsByLevel(guide: SymptomGuideData): { level: GuideLevel; symptoms: Symptom[] }[] {
  return [...LEVEL_ORDER].reverse().map((name) => ({ level: name, symptoms: guide.symptoms.filter((symptom) => symptom.level === name) }))
}

export function guideSources(guide: SymptomGuideData): string[] {
  return [
    ...new Set([
      ...LEVEL_ORDER.flatMap((name) => guide.levels[name].sources),
      ...guide.worseSigns.sources,
      ...guide.symptoms.flatMap((symptom) => symptom.sources),
      ...guide.combinations.flatMap((combination) => combination.sources),
    ]),
  ]
}
