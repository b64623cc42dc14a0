import type { Locale } from '@/lib/i18n/locales'
import type { TriageModel } from './schema'

/**
 * Editions of the triage model. content/triage/model.json serves every
 * edition of the site: a region or an action step marked `locales: ["en"]` is
 * only in the English edition (the UK, its 999 and NHS 111), one marked
 * `locales: ["es"]` only in the Spanish one (Mexico, "another country"), and
 * one without `locales` is in all of them. Pages render a model that went
 * through forEdition, so each edition shows its own regional steps.
 *
 * Browser-safe and pure (types only; no zod). The editions are LOCALES in lib/i18n/locales.ts.
 */

type Localised = { locales?: readonly Locale[] }

/** True when an item without `locales`, or with this edition among them, belongs to the edition. */
export function inEdition(item: Localised, edition: Locale): boolean {
  return item.locales === undefined || item.locales.includes(edition)
}

function withoutLocales<T extends Localised>(item: T): Omit<T, 'locales'> {
  const copy: Partial<T> = { ...item }
  delete copy.locales
  return copy as Omit<T, 'locales'>
}

/**
 * The model as one edition shows it: regions and action steps of other
 * editions removed, and the `locales` marks dropped, so that the English
 * edition is exactly the model as it was before there were editions. Throws
 * when a kept step names a region the edition does not have (the schema's
 * check reports that first, with file and field).
 */
export function forEdition(model: TriageModel, edition: Locale): TriageModel {
  const regions = model.regions.filter((region) => inEdition(region, edition)).map(withoutLocales)
  const regionIds = new Set(regions.map((region) => region.id))
  return {
    ...model,
    regions,
    actions: model.actions.map((action) => ({
      ...action,
      steps: action.steps
        .filter((step) => inEdition(step, edition))
        .map((step) => {
          const missing = step.regions?.find((region) => !regionIds.has(region))
          if (missing !== undefined) {
            throw new Error(
              `Triage: step "${step.id}" of action "${action.id}" is in the ${edition} edition, but its region "${missing}" is not`,
            )
          }
          return withoutLocales(step)
        }),
    })),
  }
}
