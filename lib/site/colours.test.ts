import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colours } from './colours'

describe('colours', () => {
  it('draws the favicon in the brand colour (an SVG file, so it cannot import the token)', () => {
    const fills = [...fs.readFileSync('app/icon.svg', 'utf8').matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((match) => match[1])
    expect(fills).toEqual([colours.brand.DEFAULT])
  })
})
