import type { FieldDef } from 'contentlayer2/source-files'
import { z } from 'zod'

/**
 * Contentlayer's field list for a document type, derived from its zod
 * frontmatter schema so that the two can never disagree about a field's name,
 * whether it is required, whether it is a list, its default or its description.
 *
 * It reads the schema's JSON Schema (zod's public `toJSONSchema`, as the input
 * a writer types, before any transform), and refuses a field it has no
 * contentlayer type for rather than guess.
 */

type JsonSchemaField = { type?: string; enum?: string[]; items?: JsonSchemaField; default?: unknown; description?: string }

function fieldType(name: string, field: JsonSchemaField): FieldDef {
  if (field.type === 'string' && field.enum) return { type: 'enum', options: field.enum }
  if (field.type === 'string') return { type: 'string' }
  if (field.type === 'boolean') return { type: 'boolean' }
  if (field.type === 'array' && field.items?.type === 'string' && !field.items.enum) return { type: 'list', of: { type: 'string' } }
  // Contentlayer's nested types cannot say "a list of objects"; it passes the JSON through and the zod schema checks it.
  if (field.type === 'array' && field.items?.type === 'object') return { type: 'json' }
  throw new Error(`The frontmatter field "${name}" has no contentlayer type (its JSON Schema is ${JSON.stringify(field)}); add one in lib/content/schemas/contentlayer-fields.ts`)
}

export function contentlayerFields(schema: z.ZodObject): Record<string, FieldDef> {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchemaField>; required?: string[] }
  const required = new Set(json.required ?? [])
  return Object.fromEntries(
    Object.entries(json.properties ?? {}).map(([name, field]) => {
      const definition = fieldType(name, field) as FieldDef & { default?: unknown }
      // A field with a default is filled in by contentlayer, so the writer may leave it out.
      if (field.default !== undefined) definition.default = field.default
      else if (required.has(name)) definition.required = true
      if (field.description) definition.description = field.description
      return [name, definition]
    }),
  )
}
