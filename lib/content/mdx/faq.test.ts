import { describe, expect, it } from 'vitest'
import { extractFaq } from './faq'

const mdx = [
  'Short answers to common questions.',
  '',
  '## Safety',
  '',
  '### Is Botox safe?',
  '',
  'Most side effects are mild.<Cite source="KEY-A" /> Serious problems are rare.',
  '',
  'Read more in [Botox risks at a glance](/articles/botox-risks-at-a-glance/).',
  '',
  '### What are the emergency signs?',
  '',
  '<CareCard level="emergency" title="Call 999 now if you have:">',
  '',
  '- trouble breathing.',
  '',
  '</CareCard>',
  '',
  '### A heading that is not a question',
  '',
  'This text belongs to no question.',
  '',
  '## After treatment',
  '',
  '### Can I drive?',
  '',
  'Not if you feel weak or dizzy.',
].join('\n')

describe('extractFaq', () => {
  it('pairs each question heading with the text under it, with the same id as the rendered heading', () => {
    expect(extractFaq(mdx)).toEqual([
      {
        question: 'Is Botox safe?',
        id: 'is-botox-safe',
        answer: 'Most side effects are mild. Serious problems are rare.\n\nRead more in Botox risks at a glance.',
      },
      { question: 'What are the emergency signs?', id: 'what-are-the-emergency-signs', answer: 'Call 999 now if you have: trouble breathing.' },
      { question: 'Can I drive?', id: 'can-i-drive', answer: 'Not if you feel weak or dizzy.' },
    ])
  })

  it('finds nothing in an article without question headings', () => {
    expect(extractFaq('## How often?\n\nh2 headings are groups, not questions.\n\n### Plain heading\n\nText.')).toEqual([])
  })
})
