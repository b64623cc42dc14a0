/** @vitest-environment jsdom */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { symptomGuideMessages } from './messages'
import { exampleModel, exampleModelEs } from './SymptomGuide.examples'
import { examples } from './SymptomsByLevel.examples'

describe('SymptomsByLevel', () => {
  it("has one card per level, most serious first, titled with the level's action", () => {
    const { container } = render(examples.byLevel)
    const cards = [...container.querySelectorAll('.care-card')]
    expect(cards.map((card) => card.getAttribute('data-level'))).toEqual(['emergency', 'urgent', 'routine'])
    expect(cards[0]).toHaveTextContent('Call 911 (US), 999 (UK) or 112 (EU) now')
  })

  it("lists every sign, combination and time rule at the model's level, with data-level and data-signs", () => {
    const { container } = render(examples.byLevel)
    const item = (selector: string) => container.querySelector(selector) as HTMLElement
    for (const sign of exampleModel.signs.filter((item) => !item.offeredWith)) {
      expect(item(`li[data-signs="${sign.id}"]:not([data-time-rule]):not([data-modifier])`)).toHaveAttribute('data-level', sign.level)
    }
    for (const combination of exampleModel.combinations) {
      const li = item(`li[data-combination="${combination.id}"]`)
      expect(li).toHaveAttribute('data-level', combination.level)
      expect(li).toHaveAttribute('data-signs', combination.id)
      expect(li.closest('.care-card')).toHaveAttribute('data-level', combination.level)
    }
    expect(item('li[data-combination="double-vision-with-drooping-eyelid"]')).toHaveTextContent(
      'Double or blurred vision together with a drooping eyelid',
    )
    for (const rule of exampleModel.timeRules) {
      expect(item(`li[data-time-rule="${rule.id}"]`)).toHaveAttribute('data-level', rule.level)
      expect(item(`li[data-time-rule="${rule.id}"]`)).toHaveTextContent(rule.reason)
    }
  })

  it("states the modifier's rule with the signs it raises and its own action", () => {
    const { container } = render(examples.byLevel)
    const rule = container.querySelector('[data-modifier="outside-clinic"]') as HTMLElement
    expect(rule.closest('.care-card')).toHaveAttribute('data-level', 'urgent')
    expect(rule).toHaveTextContent('See a doctor today, not the person who treated you')
    expect(rule.querySelector('li[data-signs="dry-mouth"]')).toHaveAttribute('data-level', 'urgent')
  })
})

describe('SymptomsByLevel in Spanish', () => {
  it("lists the Spanish model under the lists' Spanish headings, with the same claims", () => {
    const { container } = render(examples.byLevelEs)
    const cards = [...container.querySelectorAll('.care-card')]
    expect(cards.map((card) => card.getAttribute('data-level'))).toEqual(['emergency', 'urgent', 'routine'])
    const emergency = exampleModelEs.actions.find((action) => action.id === 'call-emergency-number')!
    expect(cards[0]).toHaveTextContent(emergency.title)
    const { en, es } = symptomGuideMessages
    expect(container).toHaveTextContent(es.byLevelSigns)
    expect(container).toHaveTextContent(es.byLevelCombinations)
    expect(container).toHaveTextContent(es.byLevelTimeRules)
    for (const english of [en.byLevelSigns, en.byLevelCombinations, en.byLevelTimeRules, 'Emergency advice:'])
      expect(container).not.toHaveTextContent(english)
    const combination = exampleModelEs.combinations.find((item) => item.id === 'double-vision-with-drooping-eyelid')!
    expect(container.querySelector('li[data-combination="double-vision-with-drooping-eyelid"]')).toHaveTextContent(combination.label)
  })
})
