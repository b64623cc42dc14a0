import { Disclosure, EditorialEmail } from './SiteFacts'

export const examples = {
  competingInterests: <Disclosure part="competingInterests" />,
  funding: <Disclosure part="funding" />,
  editorialEmail: (
    <p>
      Write to us at <EditorialEmail />.
    </p>
  ),
}
