/** @vitest-environment jsdom */
import { render } from '@testing-library/preact'
import { h, hydrate, type VNode } from 'preact'
import { act } from 'preact/test-utils'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import { axeViolations, exampleCases } from '@/tests/support/axe-scan'
import { islandComponentFiles } from '@/tests/support/island-files'

/**
 * The examples of every island component, under Preact as in production:
 * each passes axe, and hydrating the HTML that Preact rendered on the server
 * changes nothing in the page (no re-render, no rewritten ids).
 */
const modules = import.meta.glob<{ examples: Record<string, VNode> }>('../tools/*/*.examples.tsx', { eager: true })
const islandExamples = new Set(islandComponentFiles().map(({ folder, component }) => `../${folder}/${component}.examples.tsx`))
const cases = exampleCases(Object.fromEntries(Object.entries(modules).filter(([file]) => islandExamples.has(file))))

describe('island examples', () => {
  it('has examples for every island', () => {
    expect(new Set(cases.map(([name]) => name.split(' › ')[0]))).toEqual(new Set(islandComponentFiles().map(({ component }) => component)))
  })

  it.each(cases)('%s has no axe violations', async (_name, element) => {
    const { container } = render(h('div', { lang: 'en' }, element))
    expect(await axeViolations(container)).toEqual([])
  })

  it.each(cases)('%s hydrates without changing the DOM', async (_name, element) => {
    const root = document.createElement('div')
    root.innerHTML = renderToString(element)
    document.body.append(root)
    const before = root.innerHTML
    const changes: MutationRecord[] = []
    const observer = new MutationObserver((records) => changes.push(...records))
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true })
    await act(() => hydrate(element, root))
    changes.push(...observer.takeRecords())
    observer.disconnect()
    expect(changes.map((change) => `${change.type} on ${(change.target as Element).nodeName}`)).toEqual([])
    expect(root.innerHTML).toBe(before)
    root.remove()
  })
})
