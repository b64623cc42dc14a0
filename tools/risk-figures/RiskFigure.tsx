import type { ReactNode } from 'react'
import { riskFigureColours } from '@/lib/site/colours'
import { describeFigure, frequencyInWords, iconArrayBlocks, peopleInHundred, type RiskFigureData } from '@/tools/risk-figures/logic'

const COLUMNS = 10
const CELL_WIDTH = 20
const CELL_HEIGHT = 24

type IconArrayProps = { figureId: string; arm: 'treated' | 'placebo'; label: string; affected: number; colour: string; outcome: string }

/**
 * 100 people, drawn as a 10 by 10 grid. Affected people are solid figures and
 * the rest are outlines, so the difference shows in shape as well as colour.
 * Each block of people is one rectangle filled with a repeating figure.
 */
function IconArray({ figureId, arm, label, affected, colour, outcome }: IconArrayProps) {
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
      <p className="m-0 font-semibold">
        {label}: {affected} in 100
      </p>
      <svg
        viewBox={`0 0 ${COLUMNS * CELL_WIDTH} ${COLUMNS * CELL_HEIGHT}`}
        className="mt-2 h-auto w-full max-w-52"
        role="img"
        aria-label={`${label}: ${affected} of 100 people ${outcome}, shown as ${affected} solid figures and ${100 - affected} outlined figures.`}
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
  figure: RiskFigureData
  /** The numbered marker linking to the figure's source in the page's reference list. */
  citation?: ReactNode
  sourceTitle?: string
}

/** A picture of risk (or benefit) drawn on the server as SVG, with the same numbers in words and in a table. */
export function RiskFigure({ figure, citation, sourceTitle }: RiskFigureProps) {
  const colour = riskFigureColours[figure.kind]
  const titleId = `figure-${figure.id}`
  const treated = peopleInHundred(figure.treated.percent)
  const placebo = peopleInHundred(figure.placebo.percent)
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
          {describeFigure(figure)}
          {citation}
        </p>
      </figcaption>
      <div className="mt-4 flex flex-wrap gap-6">
        <IconArray figureId={figure.id} arm="treated" label="Given Botox" affected={treated} colour={colour} outcome={figure.outcome} />
        <IconArray
          figureId={figure.id}
          arm="placebo"
          label="Given a dummy injection"
          affected={placebo}
          colour={colour}
          outcome={figure.outcome}
        />
      </div>
      <p className="mt-3 mb-0 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <span>
          <LegendIcon filled colour={colour} /> {figure.outcome}
        </span>
        <span>
          <LegendIcon filled={false} colour={colour} /> did not
        </span>
      </p>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-dark underline">
          Show the numbers as a table
        </summary>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{figure.title}: numbers</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line py-1 pr-1 sm:pr-2">
                Group
              </th>
              <th scope="col" className="border-b border-line py-1 pr-1 sm:pr-2">
                Out of 100 people
              </th>
              <th scope="col" className="border-b border-line py-1">
                People in the studies
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['Given Botox', figure.treated],
                ['Given a dummy injection', figure.placebo],
              ] as const
            ).map(([label, group]) => (
              <tr key={label}>
                <th scope="row" className="border-b border-line py-1 pr-1 font-normal sm:pr-2">
                  {label}
                </th>
                <td className="border-b border-line py-1 pr-1 sm:pr-2">{frequencyInWords(group.percent)}</td>
                <td className="border-b border-line py-1">
                  {group.people ? group.people.toLocaleString('en-GB') : 'Not stated in our source'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 mb-0 text-sm">
          Time frame: {figure.timeFrame}. Source: {sourceTitle ?? figure.source}.
        </p>
      </details>
    </figure>
  )
}
