/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Island, serializeIslandProps } from './Island'
import { consultationChecklistMessages } from '@/tools/consultation-checklist/messages'
import { siteSearchProps } from '@/tools/site-search'
import { examples } from './Island.examples'

describe('serializeIslandProps', () => {
  it('writes JSON that cannot end its <script> early, and parses back to the same props', () => {
    const props = { title: 'A </script><script>alert(1)</script> <!-- title' }
    const json = serializeIslandProps(props)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(props)
  })
})

describe('Island', () => {
  it('renders the component on the server, with its props beside it for the browser bundle', () => {
    const { container } = render(examples.searchIsland)
    const root = container.querySelector('[data-island="site-search"]')
    expect(root).toContainElement(screen.getByRole('search'))
    const propsScript = root?.nextElementSibling
    expect(propsScript?.matches('script[type="application/json"][data-island-props="site-search"]')).toBe(true)
    expect(JSON.parse(propsScript?.textContent ?? '')).toEqual(siteSearchProps('en'))
  })

  it('passes its props to the component', () => {
    const checklist = {
      storageKey: 'test:v1',
      sections: [
        {
          id: 'tell',
          title: 'Tell them',
          items: [{ id: 'heart', text: 'Heart disease', why: 'It matters.', link: '/articles/x/', sources: ['KEY'] }],
        },
      ],
    }
    render(
      <Island
        name="consultation-checklist"
        props={{ checklist, title: 'Checklist', locale: 'en', messages: consultationChecklistMessages.en }}
      />,
    )
    expect(screen.getByLabelText(/Heart disease/)).toBeInTheDocument()
  })
})
