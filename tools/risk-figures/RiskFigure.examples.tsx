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

export const examples = {
  harm: <RiskFigure figure={exampleHarm} sourceTitle="Pooled safety analysis of onabotulinumtoxinA for facial lines" />,
  benefit: <RiskFigure figure={exampleBenefit} />,
}
