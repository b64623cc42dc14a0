import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as jsxRuntime from 'react/jsx-runtime'
import type { ComponentProps, ComponentType, ReactNode } from 'react'
import { CareCard, type CareLevel } from './CareCard'
import { CitationMarker } from './CitationMarker'
import { Disclosure, EditorialEmail } from './SiteFacts'
import { RiskFigure } from '@/tools/risk-figures/RiskFigure'
import { RecoveryTimeline } from '@/tools/recovery-timeline/RecoveryTimeline'
import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { mdxMessages } from './messages'
import type { ToolData } from '@/lib/tool-data'
import type { Reference } from '@/lib/content/schemas/references'

type MdxComponents = Record<string, ComponentType<never>>
type MdxContentFunction = (props: { components?: MdxComponents }) => ReactNode

/**
 * Turns contentlayer's bundled MDX (mdx-bundler output) into a component.
 * This is what mdx-bundler's getMDXComponent does; it is repeated here in four
 * lines because that helper is only a transitive dependency of contentlayer2,
 * and this runs once per page at build time inside a Server Component.
 */
function contentFromCode(code: string): MdxContentFunction {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime }
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxContentFunction }
  return run(...Object.values(scope)).default
}

function Table(props: ComponentProps<'table'>) {
  // Article tables are written to fit a 320px screen, and their cells wrap, so the wrapper scrolls nowhere and is
  // no tab stop (tests/e2e/tables.spec.ts checks both at 320px and at desktop width). It still clips overflow so a
  // table that grows too wide scrolls inside it instead of widening the page. A focusable region cannot be given
  // only when overflowing without a script (content pages have none), but browsers that make a scroller with
  // nothing focusable in it a tab stop only while it overflows (Chromium, Firefox) then do exactly that; axe flags
  // such a table in the e2e run, so it gets fixed before it ships.
  return (
    <div className="not-prose my-6 overflow-x-auto">
      <table {...props} className="prose-table w-full border-collapse text-left text-[0.95rem]" />
    </div>
  )
}

/**
 * Links in the body. A heading's "#" link (lib/site/heading-links.ts) is rebuilt here with its spoken name in the
 * page's language: the MDX is compiled once for every edition, so the plugin cannot know it.
 */
function Anchor({
  href = '',
  children,
  locale,
  'data-heading': heading,
  ...attributes
}: ComponentProps<'a'> & { locale: Locale; 'data-heading'?: string }) {
  const external = /^https?:\/\//.test(href)
  if (heading !== undefined) {
    return (
      <a href={href} {...attributes}>
        <span aria-hidden="true">#</span>
        <span className="sr-only">{format(mdxMessages[locale].headingLink, { heading })}</span>
      </a>
    )
  }
  return (
    <a href={href} {...attributes} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}

type MdxContentProps = {
  code: string
  /**
   * The page's edition. Every MDX component the body uses gets it from here, so an MDX file never writes a locale;
   * `tools` (the triage model and the tools' data) must be the same edition's copy.
   */
  locale: Locale
  /** Keys in order of first citation: a key's position is its reference number. */
  citedKeys: readonly string[]
  /** Data for the tool components (<RiskFigure id="..." />, <RecoveryTimeline />) the body may use. */
  tools?: ToolData
  references?: readonly Reference[]
}

/** Renders an article or page body with the site's MDX components. Server-only: no MDX reaches the browser. */
export function MdxContent({ code, locale, citedKeys, tools = { riskFigures: [] }, references = [] }: MdxContentProps) {
  const seen = new Set<string>()
  const Cite = ({ source }: { source: string }) => {
    const index = citedKeys.indexOf(source)
    if (index === -1) throw new Error(`<Cite source="${source}" /> is not among this page's cited keys`)
    const isFirst = !seen.has(source)
    seen.add(source)
    return <CitationMarker citationKey={source} number={index + 1} isFirst={isFirst} locale={locale} />
  }
  const citeAll = (keys: readonly string[], where: string) =>
    keys.map((key) => {
      const number = citedKeys.indexOf(key) + 1
      if (number === 0) throw new Error(`${where} needs ${key} among this page's cited keys`)
      const isFirst = !seen.has(key)
      seen.add(key)
      return <CitationMarker key={key} citationKey={key} number={number} isFirst={isFirst} locale={locale} />
    })
  type CardProps = {
    level: CareLevel
    title?: string
    children?: ReactNode
    headingLevel?: 2 | 3 | 4
    signs?: string[]
    groups?: string[]
    timeframe?: string
    modifiers?: string[]
  }
  const Card = (props: CardProps) => (
    <CareCard
      {...props}
      locale={locale}
      model={tools.triage}
      cite={(keys) => citeAll(keys, `<CareCard title="${props.title ?? props.level}">`)}
    />
  )
  const Figure = ({ id }: { id: string }) => {
    const figure = tools.riskFigures.find((candidate) => candidate.id === id)
    if (!figure) throw new Error(`<RiskFigure id="${id}" /> has no data in content/tools/risk-figures.json`)
    const number = citedKeys.indexOf(figure.source) + 1
    if (number === 0) throw new Error(`<RiskFigure id="${id}" /> needs its source ${figure.source} cited in the text`)
    const sourceTitle = references.find((reference) => reference.key === figure.source)?.title
    return (
      <RiskFigure
        figure={figure}
        locale={locale}
        sourceTitle={sourceTitle}
        citation={<CitationMarker citationKey={figure.source} number={number} isFirst={false} locale={locale} />}
      />
    )
  }
  const Timeline = () => {
    if (!tools.recoveryTimeline) throw new Error('<RecoveryTimeline /> has no data from content/tools/recovery-timeline.json')
    const cite = (keys: readonly string[]) =>
      keys.map((key) => {
        const number = citedKeys.indexOf(key) + 1
        if (number === 0) throw new Error(`<RecoveryTimeline /> needs ${key} cited in the text`)
        return <CitationMarker key={key} citationKey={key} number={number} isFirst={false} locale={locale} />
      })
    return <RecoveryTimeline timeline={tools.recoveryTimeline} locale={locale} model={tools.triage} cite={cite} />
  }
  const SiteDisclosure = (props: Omit<ComponentProps<typeof Disclosure>, 'locale'>) => <Disclosure {...props} locale={locale} />
  const SiteEditorialEmail = (props: Omit<ComponentProps<typeof EditorialEmail>, 'locale'>) => <EditorialEmail {...props} locale={locale} />
  const components = {
    Cite,
    CareCard: Card,
    RiskFigure: Figure,
    RecoveryTimeline: Timeline,
    Disclosure: SiteDisclosure,
    EditorialEmail: SiteEditorialEmail,
    table: Table,
    a: (props: ComponentProps<'a'>) => <Anchor {...props} locale={locale} />,
  } as unknown as MdxComponents
  // Called as a function, not rendered as <Content />: the body is plain output with no state of its own.
  return contentFromCode(code)({ components })
}
