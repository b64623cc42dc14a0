import { ConsultationChecklist } from '@/components/ConsultationChecklist'
import { SiteSearch } from '@/components/SiteSearch'
import { SymptomChecker } from '@/components/SymptomChecker'

/**
 * Every interactive component the site has, by the name its page uses. The
 * build bundles one browser entry per name (scripts/build-islands.mjs), and a
 * test checks that every client component is listed here.
 */
export const ISLANDS = {
  'symptom-checker': SymptomChecker,
  'consultation-checklist': ConsultationChecklist,
  'site-search': SiteSearch,
} as const
