import type { RiskFigureData } from '@/tools/risk-figures/logic'
import { RiskFigure } from './RiskFigure'

export const exampleHarm: RiskFigureData = {
  id: 'drooping-eyelid-frown-lines',
  kind: 'harm',
  title: 'Drooping eyelid after treatment for frown lines',
  outcome: 'had a drooping eyelid',
  population: 'treated for frown lines',
  treated: { percent: 2.4, people: 665 },
  placebo: { percent: 0, people: 236 },
  timeFrame: 'in the 90 days after one treatment',
  source: 'JAADINT-2023-ONABOTA-POOLED',
}

export const exampleBenefit: RiskFigureData = {
  id: 'underarm-sweating-halved',
  kind: 'benefit',
  title: 'Underarm sweating cut by at least half',
  outcome: 'sweated no more than half as much as before',
  population: 'treated for heavy underarm sweating',
  treated: { percent: 82 },
  placebo: { percent: 21 },
  timeFrame: '16 weeks after treatment',
  source: 'NAUMANN-2001-BMJ',
}

/**
 * Figures as the Spanish edition's copy of content/tools/risk-figures.json gives them (the words translated),
 * with a group of over 1,000 people and a rate below 1 in 100 to show how Spanish writes those numbers.
 * The source's title stays as published.
 */
export const exampleHarmEs: RiskFigureData = {
  ...exampleHarm,
  title: 'Párpado caído después del tratamiento de las arrugas del entrecejo',
  outcome: 'tuvieron un párpado caído',
  population: 'tratadas por arrugas del entrecejo',
  treated: { percent: 2.4, people: 3431 },
  timeFrame: 'en los 90 días después de un tratamiento',
}

export const exampleBenefitEs: RiskFigureData = {
  ...exampleBenefit,
  title: 'El sudor de las axilas bajó al menos a la mitad',
  outcome: 'sudaron como mucho la mitad que antes',
  population: 'tratadas por sudor excesivo en las axilas',
  placebo: { percent: 0.3 },
  timeFrame: '16 semanas después del tratamiento',
}

export const examples = {
  harm: <RiskFigure figure={exampleHarm} locale="en" sourceTitle="Pooled safety analysis of onabotulinumtoxinA for facial lines" />,
  benefit: <RiskFigure figure={exampleBenefit} locale="en" />,
  harmSpanish: (
    <div lang="es">
      <RiskFigure figure={exampleHarmEs} locale="es" sourceTitle="Pooled safety analysis of onabotulinumtoxinA for facial lines" />
    </div>
  ),
  benefitSpanish: (
    <div lang="es">
      <RiskFigure figure={exampleBenefitEs} locale="es" />
    </div>
  ),
}
