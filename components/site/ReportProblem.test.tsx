/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reportProblemHref } from '@/lib/site/feedback'
import { REPORTS_POLICY_PATH } from '@/lib/site/routes'
import { examples } from './ReportProblem.examples'

describe('ReportProblem', () => {
  it('links by email to the editor with this page named, and says what happens next', () => {
    render(examples.article)
    const link = screen.getByRole('link', { name: 'Report a problem with this page' })
    expect(link).toHaveAttribute(
      'href',
      reportProblemHref({ title: 'Common side effects of Botox', path: '/articles/common-side-effects/' }),
    )
    expect(screen.getByRole('complementary', { name: 'Something wrong or unclear?' })).toHaveTextContent(
      'nothing is sent until you send it',
    )
    expect(screen.getByRole('link', { name: 'What we do with reports' })).toHaveAttribute('href', REPORTS_POLICY_PATH)
  })

  it('is a link, not a form: nothing on it can submit anything', () => {
    const { container } = render(examples.article)
    expect(container.querySelector('form, button, input, script')).toBeNull()
  })
})
