import { ReportProblem } from './ReportProblem'

export const examples = {
  article: <ReportProblem page={{ title: 'Common side effects of Botox', path: '/articles/common-side-effects/' }} />,
}
