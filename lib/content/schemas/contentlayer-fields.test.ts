import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { article, validInput } from '@/tests/fixtures/content-input'
import { contentlayerFields } from './contentlayer-fields'
import { articleFrontmatterSchema, pageFrontmatterSchema } from './frontmatter'

describe('contentlayerFields', () => {
  it('turns each kind of zod field into its contentlayer type', () => {
    const schema = z.object({
      name: z.string().describe('Shown as the heading.'),
      colour: z.enum(['red', 'blue']),
      tags: z.array(z.string()).default([]),
      hidden: z.boolean().default(false),
      note: z.string().optional(),
      history: z.array(z.object({ date: z.string() })).default([]),
    })
    expect(contentlayerFields(schema)).toEqual({
      name: { type: 'string', required: true, description: 'Shown as the heading.' },
      colour: { type: 'enum', options: ['red', 'blue'], required: true },
      tags: { type: 'list', of: { type: 'string' }, default: [] },
      hidden: { type: 'boolean', default: false },
      note: { type: 'string' },
      history: { type: 'json', default: [] },
    })
  })

  it('refuses a field it has no contentlayer type for, naming it', () => {
    expect(() => contentlayerFields(z.object({ rating: z.number() }))).toThrow(/"rating" has no contentlayer type/)
  })
})

describe.each([
  ['article', articleFrontmatterSchema, article('sample').fields],
  ['page', pageFrontmatterSchema, validInput().pages[0]!.fields],
] as const)('the %s fields contentlayer reads and the zod schema checks', (_type, schema, valid) => {
  const fields = contentlayerFields(schema)

  it('are the same fields', () => {
    expect(Object.keys(fields)).toEqual(Object.keys(schema.shape))
    expect(schema.safeParse(valid).success).toBe(true)
  })

  it.each(Object.keys(schema.shape))('agree on whether "%s" may be left out', (name) => {
    const without = { ...valid }
    delete without[name]
    // contentlayer fills in a default before the schema sees the document.
    const field = fields[name] as { required?: boolean; default?: unknown }
    if (field.default !== undefined) without[name] = field.default
    expect(schema.safeParse(without).success).toBe(!field.required)
  })
})
