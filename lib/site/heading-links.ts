import type { Options } from 'rehype-autolink-headings'

type HastNode = { type: string; value?: string; tagName?: string; children?: HastNode[] }

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''))

/**
 * A visible "#" link after every h2 and h3, so clinic staff can send the exact
 * section a patient needs. The link sits beside the heading (not inside it),
 * so headings keep their own names for screen-reader navigation.
 */
export const headingLinkOptions: Options = {
  behavior: 'after',
  test: ['h2', 'h3'],
  group: () => ({ type: 'element', tagName: 'div', properties: { className: ['heading-group'] }, children: [] }),
  // Left out of search excerpts, which should show the article's words, not its controls.
  // data-heading lets components/mdx/MdxContent.tsx give the link its spoken name in the page's language.
  properties: (heading) => ({ className: ['heading-link', 'not-prose'], dataPagefindIgnore: '', dataHeading: textOf(heading as HastNode) }),
  content: (heading) => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: `Link to this section: ${textOf(heading as HastNode)}` }],
    },
  ],
}
