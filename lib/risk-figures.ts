import { z } from 'zod'

/**
 * Pictures of risk: 100 people given Botox beside 100 given a dummy injection.
 * The data lives in content/tools/risk-figures.json; the words, the icons and
 * the table are all made from the same numbers here, so they cannot disagree.
 */

const arm = z.strictObject({
  percent: z.number().min(0).max(100),
  people: z.number().int().positive().optional(),
})

export const riskFigureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  kind: z.enum(['harm', 'benefit'], { error: 'must be "harm" or "benefit"' }),
  title: z.string().trim().min(1),
  outcome: z.string().trim().min(1),
  population: z.string().trim().min(1),
  treated: arm,
  placebo: arm,
  timeFrame: z.string().trim().min(1),
  source: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be a citation key'),
})

export const riskFiguresSchema = z.array(riskFigureSchema).superRefine((figures, context) => {
  const seen = new Set<string>()
  figures.forEach((figure, index) => {
    if (seen.has(figure.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${figure.id}" is used twice` })
    seen.add(figure.id)
  })
})

export type RiskFigureData = z.infer<typeof riskFigureSchema>
export type RiskArm = z.infer<typeof arm>

/** How many of 100 icons are filled: the percentage rounded to a whole person. */
export function peopleInHundred(percent: number): number {
  return Math.round(percent)
}

/** "about 2 in 100", or for rates below 1 in 100 the per-1,000 figure, as the content guide asks. */
export function frequencyInWords(percent: number): string {
  if (percent === 0) return '0 in 100'
  const inHundred = peopleInHundred(percent)
  if (inHundred < 1) return `fewer than 1 in 100 (about ${Math.round(percent * 10)} in 1,000)`
  return `${Number.isInteger(percent) ? '' : 'about '}${inHundred} in 100`
}

export function describeFigure(figure: RiskFigureData): string {
  return (
    `${capitalise(frequencyInWords(figure.treated.percent))} people ${figure.population} ${figure.outcome}, ` +
    `compared with ${frequencyInWords(figure.placebo.percent)} given a dummy injection (placebo), ${figure.timeFrame}.`
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function formatPercent(percent: number): string {
  return `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`
}
