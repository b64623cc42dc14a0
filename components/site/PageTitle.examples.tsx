import { PageTitle } from './PageTitle'

export const examples = {
  plain: <PageTitle>All articles</PageTitle>,
  withPrintSize: <PageTitle className="print:text-2xl">Your Botox consultation checklist</PageTitle>,
}
