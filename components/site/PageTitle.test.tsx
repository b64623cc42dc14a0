/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './PageTitle.examples'

describe('PageTitle', () => {
  it('is the page’s level-one heading, named by its text', () => {
    render(examples.plain)
    expect(screen.getByRole('heading', { level: 1, name: 'All articles' })).toBeInTheDocument()
  })

  it('keeps the shared title style when a page adds its own, so titles cannot drift apart', () => {
    render(
      <>
        {examples.plain}
        {examples.withPrintSize}
      </>,
    )
    const [plain, printed] = screen.getAllByRole('heading', { level: 1 })
    expect(printed!.className.startsWith(plain!.className)).toBe(true)
    expect(printed).toHaveClass('print:text-2xl')
  })
})
