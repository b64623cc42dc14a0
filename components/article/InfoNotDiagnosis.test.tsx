/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { examples } from './InfoNotDiagnosis.examples'
import { englishMessagesIn } from './test-support'

describe('InfoNotDiagnosis', () => {
  it('reminds the reader the page is no diagnosis and links to urgent help', () => {
    const { container } = render(examples.english)
    expect(container).toHaveTextContent(
      'This page is information, not a diagnosis. If you are worried about a symptom, see how to get urgent help.',
    )
    expect(screen.getByRole('link', { name: 'see how to get urgent help' })).toHaveAttribute('href', '/urgent-help/')
  })

  it('says the same in Spanish and links to the Spanish urgent help page', () => {
    const { container } = render(examples.spanish)
    expect(container).toHaveTextContent(
      'Esta página es información, no un diagnóstico. Si le preocupa un síntoma, vea cómo conseguir ayuda urgente.',
    )
    expect(screen.getByRole('link', { name: 'vea cómo conseguir ayuda urgente' })).toHaveAttribute('href', '/es/urgent-help/')
    expect(englishMessagesIn(container)).toEqual([])
  })
})
