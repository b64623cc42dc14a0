import { describe, expect, it } from 'vitest'
import { displayName } from './people'

describe('displayName', () => {
  it('puts the honorific before the name only when there is one', () => {
    expect(displayName({ honorificPrefix: 'Dr.', name: 'Victor Beer' })).toBe('Dr. Victor Beer')
    expect(displayName({ name: 'Ann Writer' })).toBe('Ann Writer')
  })
})
