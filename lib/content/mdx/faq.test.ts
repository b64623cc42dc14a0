import { describe, expect, it } from 'vitest'
import { extractFaq } from './faq'
import { model } from '@/lib/triage/test-model'

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

  it('writes out a card that names its signs as the page shows it: heading, signs, action and every region\'s steps', () => {
    const source = [
      '### What are the emergency signs?',
      '',
      '<CareCard level="emergency" title="Emergency signs" signs={["trouble-breathing"]} />',
      '',
      'They can start weeks later.',
    ].join('\n')
    const [entry] = extractFaq(source, model)
    const [card = '', after] = entry!.answer.split('\n\n')
    const lines = card.split('\n')
    expect(lines.slice(0, 3)).toEqual(['Emergency signs', 'If you have any of these:', 'Trouble breathing, wheezing, or breathing very fast'])
    expect(lines).toContain('Call 911 (US), 999 (UK) or 112 (EU) now')
    expect(lines.some((line) => line.includes('call 999'))).toBe(true)
    expect(after).toBe('They can start weeks later.')
  })

  it('refuses to write a model card without the model rather than leave the answer at its title', () => {
    expect(() => extractFaq('### Which signs?\n\n<CareCard level="emergency" title="Emergency signs" signs={["trouble-breathing"]} />')).toThrow(
      /Emergency signs.*triage model/,
    )
  })

  it('finds nothing in an article without question headings', () => {
    expect(extractFaq('## How often?\n\nh2 headings are groups, not questions.\n\n### Plain heading\n\nText.')).toEqual([])
  })
})
