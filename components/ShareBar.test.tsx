import { describe, expect, it } from 'vitest'
import { shareableUrl } from './ShareBar'

describe('shareableUrl', () => {
  it('keeps the section but drops any query string, so shared links carry no tracking', () => {
    expect(shareableUrl('https://example.org/articles/a/?utm_source=x', '#headache-after-botox')).toBe('https://example.org/articles/a/#headache-after-botox')
  })
  it('ignores a hash that is not a plain section id', () => {
    expect(shareableUrl('https://example.org/articles/a/', '#<script>')).toBe('https://example.org/articles/a/')
    expect(shareableUrl('https://example.org/articles/a/', '')).toBe('https://example.org/articles/a/')
  })
})
