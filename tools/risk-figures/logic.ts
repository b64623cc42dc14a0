import { z } from 'zod'
import { citationKey, slug } from '@/lib/content/schemas/primitives'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { riskFigureMessages } from './messages'

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
  id: slug,
  kind: z.enum(['harm', 'benefit'], { error: 'must be "harm" or "benefit"' }),
  title: z.string().trim().min(1),
  outcome: z.string().trim().min(1),
  population: z.string().trim().min(1),
  treated: arm,
  placebo: arm,
  timeFrame: z.string().trim().min(1),
  source: citationKey,
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

/**
 * "about 2 in 100" ("alrededor de 2 de cada 100"), or for rates below 1 in 100 the per-1,000 figure, as the
 * content guide asks.
 */
export function frequencyInWords(percent: number, locale: Locale): string {
  const t = riskFigureMessages[locale]
  if (percent === 0) return t.frequencyZero
  const inHundred = peopleInHundred(percent)
  if (inHundred < 1) return format(t.frequencyBelowOne, { count: formatNumber(Math.round(percent * 10), locale) })
  return format(Number.isInteger(percent) ? t.frequencyExact : t.frequencyAbout, { count: formatNumber(inHundred, locale) })
}

/** The figure in one sentence: treated and dummy-injection groups, with the time frame. */
export function describeFigure(figure: RiskFigureData, locale: Locale): string {
  return format(riskFigureMessages[locale].description, {
    treated: capitalise(frequencyInWords(figure.treated.percent, locale)),
    population: figure.population,
    outcome: figure.outcome,
    placebo: frequencyInWords(figure.placebo.percent, locale),
    timeFrame: figure.timeFrame,
  })
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export type IconBlock = { column: number; row: number; columns: number; rows: number; filled: boolean }

/**
 * A 10 by 10 icon array as at most 4 rectangles of repeated figures: full rows
 * of solid people, the part-filled row split in two, then full rows of outlines.
 * Filling rectangles with an SVG pattern draws the same picture as 100 separate
 * icons in a fraction of the markup (the page also carries it a second time in
 * its React payload).
 */
export function iconArrayBlocks(affected: number, columns = 10, rows = 10): IconBlock[] {
  const total = columns * rows
  if (!Number.isInteger(affected) || affected < 0 || affected > total)
    throw new Error(`affected must be a whole number from 0 to ${total}, not ${affected}`)
  const fullRows = Math.floor(affected / columns)
  const rest = affected % columns
  const blocks: IconBlock[] = [
    { column: 0, row: 0, columns, rows: fullRows, filled: true },
    { column: 0, row: fullRows, columns: rest, rows: rest > 0 ? 1 : 0, filled: true },
    { column: rest, row: fullRows, columns: columns - rest, rows: rest > 0 ? 1 : 0, filled: false },
    { column: 0, row: fullRows + (rest > 0 ? 1 : 0), columns, rows: rows - fullRows - (rest > 0 ? 1 : 0), filled: false },
  ]
  return blocks.filter((block) => block.columns > 0 && block.rows > 0)
}
