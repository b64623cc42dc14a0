import { Disclosure, EditorialEmail } from './SiteFacts'

export const examples = {
  competingInterests: <Disclosure part="competingInterests" locale="en" />,
  funding: <Disclosure part="funding" locale="en" />,
  editorialEmail: (
    <p>
      Write to us at <EditorialEmail locale="en" />.
    </p>
  ),
  competingInterestsEs: (
    <div lang="es">
      <Disclosure part="competingInterests" locale="es" />
    </div>
  ),
  runByEs: (
    <div lang="es">
      <Disclosure part="runBy" locale="es" />
    </div>
  ),
  editorialEmailEs: (
    <p lang="es">
      Escríbanos a <EditorialEmail locale="es" />.
    </p>
  ),
}
