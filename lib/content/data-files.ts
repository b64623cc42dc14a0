import type { z } from 'zod'
import { checklistSchema } from '@/tools/consultation-checklist/schema'
import { recoveryTimelineSchema } from '@/tools/recovery-timeline/logic'
import { riskFiguresSchema } from '@/tools/risk-figures/logic'
import { triageModelFileSchema } from '@/lib/triage/schema'
import { authorSchema } from './schemas/author'
import { referenceLibrarySchema } from './schemas/references'

/**
 * Every data file the site reads besides the MDX documents: where it lives
 * under content/ and the schema it must fit. Reading (source.ts), checking and
 * citation scanning (rules/data-files.ts) and the accessors (`getData` in
 * accessors.ts) all go through this table, so adding a data file is one entry
 * here (and a valid example in tests/fixtures/content-input.ts, which the
 * types ask for).
 *
 * A `file` entry is one JSON file; a `folder` entry is one JSON file per item
 * (content/authors/<id>.json), read in file-name order.
 */
export const DATA_FILES = {
  authors: { folder: 'authors', schema: authorSchema },
  references: { file: 'references.json', schema: referenceLibrarySchema },
  riskFigures: { file: 'tools/risk-figures.json', schema: riskFiguresSchema },
  recoveryTimeline: { file: 'tools/recovery-timeline.json', schema: recoveryTimelineSchema },
  consultationChecklist: { file: 'tools/consultation-checklist.json', schema: checklistSchema },
  /** The one place that says how urgent each sign is and what to do (lib/triage/); care cards render from it. */
  triageModel: { file: 'triage/model.json', schema: triageModelFileSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType } | { folder: string; schema: z.ZodType }>

export type DataFileName = keyof typeof DATA_FILES

/**
 * The data files whose reader text has a Spanish overlay at content/es/<same file> (lib/i18n/data-translation.ts):
 * ids, numbers, levels and sources stay in the English file, only the words are translated.
 */
export const TRANSLATED_DATA_FILES = ['riskFigures', 'recoveryTimeline', 'consultationChecklist', 'triageModel'] as const satisfies readonly DataFileName[]
export type TranslatedDataFile = (typeof TRANSLATED_DATA_FILES)[number]

type Spec<K extends DataFileName> = (typeof DATA_FILES)[K]
type IsFolder<K extends DataFileName> = Spec<K> extends { folder: string } ? true : false

/** A data file as read from disk, not yet checked. */
export type RawDataFile = { file: string; data: unknown }

/** Every data file as read from disk: a folder entry gives one per file. */
export type RawDataFiles = { [K in DataFileName]: IsFolder<K> extends true ? RawDataFile[] : RawDataFile }

/** What a data file holds once its schema has passed: a folder entry gives one item per file. */
export type DataValue<K extends DataFileName> = IsFolder<K> extends true ? z.output<Spec<K>['schema']>[] : z.output<Spec<K>['schema']>

/** The files of one entry, a single file entry being a list of one. */
export function filesOf(raw: RawDataFiles, name: DataFileName): RawDataFile[] {
  const entry: RawDataFile | RawDataFile[] = raw[name]
  return Array.isArray(entry) ? entry : [entry]
}

export const dataFileNames = Object.keys(DATA_FILES) as DataFileName[]

export const isFolder = (name: DataFileName): boolean => 'folder' in DATA_FILES[name]
