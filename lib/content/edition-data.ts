import { applyTranslation, dataTranslationSchema, UNTRANSLATED } from '@/lib/i18n/data-translation'
import type { Locale } from '@/lib/i18n/locales'
import { triageModelSchema } from '@/lib/triage/schema'
import { forEdition } from '@/lib/triage/locale'
import type { DataValue, TranslatedDataFile } from './data-files'
import type { RuleContext } from './rules/types'

/**
 * A data file as the Spanish edition shows it, before its words are translated: for the tools' files the English
 * values, for the triage model its Spanish edition (its own regional steps: 911 in the US and Mexico, 112 in
 * Spain and the EU, the country's own number elsewhere). The overlay's keys are the strings of this value.
 */
export function englishEditionData(name: TranslatedDataFile, context: Pick<RuleContext, 'data' | 'dataFiles' | 'referenceKeys'>): unknown {
  if (name !== 'triageModel') return context.data[name]
  const raw = context.dataFiles.triageModel[0]
  if (!raw?.ok || !context.referenceKeys) return undefined
  const parsed = triageModelSchema(context.referenceKeys).safeParse(raw.data)
  return parsed.success ? forEdition(parsed.data, 'es') : undefined
}

/** The edition's value of a data file: the overlay's words laid over the edition's data. */
export function translatedData<K extends TranslatedDataFile>(name: K, base: unknown, overlay: unknown, locale: Locale): DataValue<K> {
  if (locale === 'en') return base as DataValue<K>
  return applyTranslation(base, dataTranslationSchema.parse(overlay).strings, UNTRANSLATED[name]) as DataValue<K>
}
