import type { Metadata } from 'next'
import { ReferenceList } from '@/components/article/ReferenceList'
import { CorrectionsLog } from '@/components/site/CorrectionsLog'
import { JsonLd } from '@/components/site/JsonLd'
import { PageTitle } from '@/components/site/PageTitle'
import { ReportProblem } from '@/components/site/ReportProblem'
import { formatRich } from '@/lib/i18n/rich-text'
import { PageShell } from '@/layouts/PageShell'
import { getCitedReferences } from '@/lib/content/accessors'
import { correctionsLog } from '@/lib/content/corrections'
import { editionArticles, editionChecklist, editionData } from '@/lib/content/editions'
import { localePath, translatedPath, type Locale } from '@/lib/i18n/locales'
import { CONTENT_PAGES, CORRECTIONS, TOOL_PAGES } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/site/seo'
import { absoluteUrl } from '@/lib/site/site-config'
import { breadcrumbsJsonLd } from '@/lib/site/structured-data'
import { ConsultationChecklistIsland } from '@/tools/consultation-checklist'
import { checklistSources } from '@/tools/consultation-checklist/logic'
import { SiteSearchIsland } from '@/tools/site-search'
import { SymptomGuideIsland } from '@/tools/symptom-guide'
import { guideSources } from '@/tools/symptom-guide/logic'
import { SymptomsByLevel } from '@/tools/symptom-guide/SymptomsByLevel'
import { TreatmentRecordIsland } from '@/tools/treatment-record'
import { recordSources } from '@/tools/treatment-record/logic'
import { toolPageMessages } from './messages'

/**
 * The tool pages and the corrections log, each in one edition. Each route file (app/(en)/<page>/page.tsx,
 * app/es/<page>/page.tsx) re-exports one of these; the words around each tool are in toolPageMessages.
 */

const other = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en')

function page(locale: Locale, englishPath: string, title: string, description: string) {
  const path = localePath(locale, englishPath)
  return {
    path,
    title,
    metadata: pageMetadata({ title, description, path }) satisfies Metadata,
    alternatePath: translatedPath(path, other(locale)),
  }
}

export function symptomGuideRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const { path, title, metadata, alternatePath } = page(locale, TOOL_PAGES.symptomGuide.path, t.guideTitle, t.guideDescription)

  function SymptomGuidePage() {
    // The edition's model: the same levels and signs, in the edition's words, with its own emergency numbers.
    const model = editionData('triageModel', locale)
    const references = getCitedReferences(guideSources(model))
    const referenceNumbers = Object.fromEntries(references.map((reference, index) => [reference.key, index + 1]))
    return (
      <PageShell locale={locale} alternatePath={alternatePath}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: title, path })} />
          <PageTitle>{t.guideHeading}</PageTitle>
          <p className="mt-3 text-lg">{t.guideIntro}</p>
          <SymptomGuideIsland model={model} referenceNumbers={referenceNumbers} locale={locale} />
          <section aria-labelledby="all-symptoms" className="mt-10">
            <h2 id="all-symptoms" className="text-2xl font-bold">
              {t.guideAllHeading}
            </h2>
            <p className="mt-2">{t.guideAllIntro}</p>
            <SymptomsByLevel model={model} locale={locale} />
          </section>
          <ReferenceList references={references} backLinks={false} locale={locale} />
          <ReportProblem locale={locale} page={{ title, path }} />
        </div>
      </PageShell>
    )
  }
  return { metadata, Page: SymptomGuidePage }
}

export function consultationChecklistRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const { path, title, metadata, alternatePath } = page(
    locale,
    TOOL_PAGES.consultationChecklist.path,
    t.checklistTitle,
    t.checklistDescription,
  )

  function ConsultationChecklistPage() {
    const checklist = editionChecklist(locale)
    return (
      <PageShell locale={locale} alternatePath={alternatePath}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: title, path })} />
          <PageTitle className="print:text-2xl">{title}</PageTitle>
          <p className="mt-3 text-lg print:mt-1 print:text-sm">{t.checklistIntro}</p>
          <ConsultationChecklistIsland checklist={checklist} title={title} locale={locale} />
          <div className="print:hidden">
            <ReferenceList references={getCitedReferences(checklistSources(checklist))} backLinks={false} locale={locale} />
          </div>
          <ReportProblem locale={locale} page={{ title, path }} />
        </div>
      </PageShell>
    )
  }
  return { metadata, Page: ConsultationChecklistPage }
}

export function treatmentRecordRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const { path, title, metadata, alternatePath } = page(locale, TOOL_PAGES.treatmentRecord.path, t.recordTitle, t.recordDescription)

  function TreatmentRecordPage() {
    const link = (href: string, text: string) => (
      <a href={localePath(locale, href)} className="text-brand-dark underline">
        {text}
      </a>
    )
    return (
      <PageShell locale={locale} alternatePath={alternatePath}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: title, path })} />
          <PageTitle>{title}</PageTitle>
          <p className="mt-3 text-lg">{t.recordIntro}</p>
          <ul className="mt-3 list-disc pl-6">
            <li>{t.recordOptional}</li>
            <li>{t.recordPrivate}</li>
            <li>
              {formatRich(t.recordUnwell, {
                urgentHelp: link(CONTENT_PAGES.urgentHelp, t.recordUrgentLink),
                report: link(CONTENT_PAGES.reportSideEffect, t.recordReportLink),
              })}
            </li>
          </ul>
          <TreatmentRecordIsland
            title={title}
            reportUrl={absoluteUrl(localePath(locale, CONTENT_PAGES.reportSideEffect))}
            locale={locale}
          />
          <div className="print:hidden">
            <ReferenceList references={getCitedReferences(recordSources())} backLinks={false} locale={locale} />
          </div>
          <ReportProblem locale={locale} page={{ title, path }} />
        </div>
      </PageShell>
    )
  }
  return { metadata, Page: TreatmentRecordPage }
}

export function searchRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const { path, title, metadata, alternatePath } = page(locale, TOOL_PAGES.search.path, t.searchTitle, t.searchDescription)

  function SearchPage() {
    return (
      <PageShell locale={locale} alternatePath={alternatePath}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: title, path })} />
          <PageTitle>{title}</PageTitle>
          <p className="mt-3 text-lg">{t.searchIntro}</p>
          <SiteSearchIsland locale={locale} />
          <ReportProblem locale={locale} page={{ title, path }} />
        </div>
      </PageShell>
    )
  }
  return { metadata, Page: SearchPage }
}

export function correctionsRoute(locale: Locale) {
  const t = toolPageMessages[locale]
  const { path, title, metadata, alternatePath } = page(locale, CORRECTIONS.path, t.correctionsTitle, t.correctionsDescription)

  function CorrectionsPage() {
    return (
      <PageShell locale={locale} alternatePath={alternatePath}>
        <div className="mx-auto max-w-measure">
          <JsonLd data={breadcrumbsJsonLd({ name: title, path })} />
          <PageTitle>{title}</PageTitle>
          <p className="mt-3 text-lg">{t.correctionsIntro}</p>
          <p className="mt-3">
            {formatRich(t.correctionsFeed, {
              // One feed, in English, the record of the source text; the Spanish page lists the translated lines.
              feed: (
                <a href={CORRECTIONS.feedPath} className="font-semibold text-brand-dark underline">
                  {t.correctionsFeedLink}
                </a>
              ),
              policy: (
                <a href={localePath(locale, CONTENT_PAGES.about)} className="text-brand-dark underline">
                  {t.correctionsPolicyLink}
                </a>
              ),
            })}
          </p>
          <CorrectionsLog entries={correctionsLog(editionArticles(locale))} locale={locale} />
          <ReportProblem locale={locale} page={{ title, path }} />
        </div>
      </PageShell>
    )
  }
  return { metadata, Page: CorrectionsPage }
}
