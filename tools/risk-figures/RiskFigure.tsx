import type { ReactNode } from 'react'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { riskFigureColours } from '@/lib/site/colours'
import { describeFigure, frequencyInWords, iconArrayBlocks, peopleInHundred, type RiskFigureData } from '@/tools/risk-figures/logic'
import { riskFigureMessages } from './messages'

const COLUMNS = 10
const CELL_WIDTH = 20
const CELL_HEIGHT = 24

type IconArrayProps = {
  figureId: string
  arm: 'treated' | 'placebo'
  /** The caption above the picture, e.g. "Given Botox: 2 in 100". */
  caption: string
  /** The picture's text alternative. */
  alt: string
  affected: number
  colour: string
}

/**
 * 100 people, drawn as a 10 by 10 grid. Affected people are solid figures and
 * the rest are outlines, so the difference shows in shape as well as colour.
 * Each block of people is one rectangle filled with a repeating figure.
 */
function IconArray({ figureId, arm, caption, alt, affected, colour }: IconArrayProps) {
  const patternId = (filled: boolean) => `${figureId}-${arm}-${filled ? 'solid' : 'outline'}`
  const person = (filled: boolean) => (
    <pattern id={patternId(filled)} width={CELL_WIDTH} height={CELL_HEIGHT} patternUnits="userSpaceOnUse">
      <g fill={filled ? colour : riskFigureColours.empty} stroke={filled ? colour : riskFigureColours.outline} strokeWidth="1.3">
        <circle cx="10" cy="6" r="4" />
        <path d="M3.5 21.5c0-6 2.9-8.5 6.5-8.5s6.5 2.5 6.5 8.5z" />
      </g>
    </pattern>
  )
  return (
    <div className="min-w-0 flex-1 basis-44">
      <p className="m-0 font-semibold">{caption}</p>
      <svg
        viewBox={`0 0 ${COLUMNS * CELL_WIDTH} ${COLUMNS * CELL_HEIGHT}`}
        className="mt-2 h-auto w-full max-w-52"
        role="img"
        aria-label={alt}
      >
        <defs>
          {person(true)}
          {person(false)}
        </defs>
        {/* Filled people first, row by row from the top left, as icon arrays are usually read. */}
        {iconArrayBlocks(affected, COLUMNS, COLUMNS).map((block) => (
          <rect
            key={`${block.row}-${block.column}`}
            data-filled={block.filled}
            data-people={block.columns * block.rows}
            x={block.column * CELL_WIDTH}
            y={block.row * CELL_HEIGHT}
            width={block.columns * CELL_WIDTH}
            height={block.rows * CELL_HEIGHT}
            fill={`url(#${patternId(block.filled)})`}
          />
        ))}
      </svg>
    </div>
  )
}

function LegendIcon({ filled, colour }: { filled: boolean; colour: string }) {
  return (
    <svg viewBox="0 0 20 24" width="16" height="19" aria-hidden="true" className="inline-block align-text-bottom">
      <circle
        cx="10"
        cy="6"
        r="4"
        fill={filled ? colour : riskFigureColours.empty}
        stroke={filled ? colour : riskFigureColours.outline}
        strokeWidth="1.3"
      />
      <path
        d="M3.5 21.5c0-6 2.9-8.5 6.5-8.5s6.5 2.5 6.5 8.5z"
        fill={filled ? colour : riskFigureColours.empty}
        stroke={filled ? colour : riskFigureColours.outline}
        strokeWidth="1.3"
      />
    </svg>
  )
}

type RiskFigureProps = {
  /** The edition's copy of the figure (content/tools/risk-figures.json, or its translation). */
  figure: RiskFigureData
  /** The edition the page is in: every word the figure adds around the data is in its language. */
  locale: Locale
  /** The numbered marker linking to the figure's source in the page's reference list. */
  citation?: ReactNode
  sourceTitle?: string
}

/** A picture of risk (or benefit) drawn on the server as SVG, with the same numbers in words and in a table. */
export function RiskFigure({ figure, locale, citation, sourceTitle }: RiskFigureProps) {
  const t = riskFigureMessages[locale]
  const colour = riskFigureColours[figure.kind]
  const titleId = `figure-${figure.id}`
  const groups = [
    { arm: 'treated', label: t.treatedGroup, data: figure.treated },
    { arm: 'placebo', label: t.placeboGroup, data: figure.placebo },
  ] as const
  return (
    <figure
      aria-labelledby={titleId}
      className="risk-figure not-prose my-8 rounded-md border border-line bg-paper p-3 sm:p-4"
      data-figure={figure.id}
    >
      <figcaption>
        <p id={titleId} className="m-0 text-lg font-bold">
          {figure.title}
        </p>
        <p className="mt-1 mb-0">
          {describeFigure(figure, locale)}
          {citation}
        </p>
      </figcaption>
      <div className="mt-4 flex flex-wrap gap-6">
        {groups.map(({ arm, label, data }) => {
          const affected = peopleInHundred(data.percent)
          const count = formatNumber(affected, locale)
          return (
            <IconArray
              key={arm}
              figureId={figure.id}
              arm={arm}
              caption={format(t.iconCaption, { group: label, count })}
              alt={format(t.iconAlt, { group: label, count, outcome: figure.outcome, rest: formatNumber(100 - affected, locale) })}
              affected={affected}
              colour={colour}
            />
          )
        })}
      </div>
      <p className="mt-3 mb-0 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <span>
          <LegendIcon filled colour={colour} /> {figure.outcome}
        </span>
        <span>
          <LegendIcon filled={false} colour={colour} /> {t.legendOthers}
        </span>
      </p>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-dark underline">
          {t.showTable}
        </summary>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{format(t.tableCaption, { title: figure.title })}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line py-1 pr-1 sm:pr-2">
                {t.columnGroup}
              </th>
              <th scope="col" className="border-b border-line py-1 pr-1 sm:pr-2">
                {t.columnOutOf100}
              </th>
              <th scope="col" className="border-b border-line py-1">
                {t.columnPeople}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map(({ arm, label, data }) => (
              <tr key={arm}>
                <th scope="row" className="border-b border-line py-1 pr-1 font-normal sm:pr-2">
                  {label}
                </th>
                <td className="border-b border-line py-1 pr-1 sm:pr-2">{frequencyInWords(data.percent, locale)}</td>
                <td className="border-b border-line py-1">{data.people ? formatNumber(data.people, locale) : t.peopleNotStated}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 mb-0 text-sm">{format(t.sourceLine, { timeFrame: figure.timeFrame, source: sourceTitle ?? figure.source })}</p>
      </details>
    </figure>
  )
}
