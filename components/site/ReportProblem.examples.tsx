import { ReportProblem } from './ReportProblem'

export const examples = {
  article: <ReportProblem locale="en" page={{ title: 'Common side effects of Botox', path: '/articles/common-side-effects/' }} />,
  articleEs: (
    <div lang="es">
      <ReportProblem locale="es" page={{ title: 'Efectos secundarios frecuentes del Botox', path: '/es/articles/common-side-effects/' }} />
    </div>
  ),
}
