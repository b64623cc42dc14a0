import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { careCardContent, isModelCard, type CareCardContent } from '@/lib/triage/care-card'
import type { TriageModel } from '@/lib/triage/engine'
import { CARE_LEVELS, CareCardFrame, type CareLevel } from './CareCardFrame'
import { mdxMessages, type MdxMessages } from './messages'

export { CARE_LEVELS, type CareLevel }

type CareCardProps = {
  level: CareLevel
  /** The page's edition: the card's own words (level, the line before the signs) are in its language. */
  locale: Locale
  /** The heading. Optional on a card that names signs: it defaults to the action the model gives the level. */
  title?: string
  /** Context only: never a sign's level or what to do about it (those come from the model). */
  children?: ReactNode
  /** The card's heading level; h3 by default because cards sit inside an article's h2 sections. */
  headingLevel?: 2 | 3 | 4
  /** Sign or combination ids from content/triage/model.json, listed in this order. */
  signs?: string[]
  /** Group ids ("toxin-spread", "allergy", "eye"…): every sign and combination of them the model puts at this level. */
  groups?: string[]
  /** A timeframe id ("over-4-weeks"): the card is about that time after treatment. */
  timeframe?: string
  /** Modifier ids ("outside-clinic"): the card is about that situation. */
  modifiers?: string[]
  /** The edition's triage model (its text already in the page's language); the MDX renderer passes it. Needed when signs or groups are given. */
  model?: TriageModel
  /** Citation markers for source keys; the MDX renderer passes one that numbers them as the page does. */
  cite?: (keys: readonly string[]) => ReactNode
}

function ModelBody({
  content,
  showActionTitle,
  cite,
  t,
}: {
  content: CareCardContent
  showActionTitle: boolean
  cite?: CareCardProps['cite']
  t: MdxMessages
}) {
  return (
    <>
      <p>{t.cardIntro}</p>
      <ul className="care-card__signs">
        {content.items.map((item) => (
          <li key={item.id} data-sign={item.id}>
            <strong>{item.label}</strong>
            {cite?.(item.sources)}
            {item.notes.map((note) => (
              <span key={note} className="block">
                {note}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {showActionTitle ? (
        <p>
          <strong>{content.action.title}</strong>
        </p>
      ) : null}
      <ul className="care-card__action" data-action={content.action.id}>
        {content.action.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {cite ? (
        <p className="text-sm">
          {`${t.actionSources} `}
          {cite(content.action.sources)}
        </p>
      ) : null}
    </>
  )
}

/**
 * Advice at one of three strengths, after the NHS care card. The level is said
 * three ways: a visible word, a shape (the border weight and symbol) and a
 * visually hidden prefix read out before the heading, so colour is never the only signal.
 *
 * Given `signs` or `groups`, the card lists those signs with the model's words
 * and the level's action (with every region's number), and throws, naming the
 * card and the sign, when its level is not the model's for a sign it lists.
 * data-level and data-signs let the built pages be checked against the model.
 */
export function CareCard({
  level,
  locale,
  title,
  children,
  headingLevel = 3,
  signs,
  groups,
  timeframe,
  modifiers,
  model,
  cite,
}: CareCardProps) {
  const t = mdxMessages[locale]
  const style = CARE_LEVELS[level]
  if (!style) throw new Error(`CareCard: unknown level "${String(level)}"; use emergency, urgent or routine`)
  const fromModel = isModelCard({ signs, groups })
  if (fromModel && !model) throw new Error(`CareCard "${title ?? level}": names signs but was given no triage model`)
  const content = fromModel && model ? careCardContent(model, { level, title, signs, groups, timeframe, modifiers }) : undefined
  const heading = title ?? content?.action.title
  if (!heading) throw new Error(`CareCard level="${level}": needs a title, or signs or groups to take one from the model`)
  return (
    <CareCardFrame
      level={level}
      heading={heading}
      headingLevel={headingLevel}
      messages={t}
      data={{
        'data-signs': content ? content.items.map((item) => item.id).join(' ') : undefined,
        'data-timeframe': content ? timeframe : undefined,
        'data-modifiers': content && modifiers?.length ? modifiers.join(' ') : undefined,
      }}
    >
      {content ? <ModelBody content={content} showActionTitle={title !== undefined} cite={cite} t={t} /> : null}
      {children}
    </CareCardFrame>
  )
}
