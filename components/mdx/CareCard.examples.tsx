import { loadTriageModel } from '@/lib/triage/load'
import { CareCard } from './CareCard'
import { loadSpanishTriageModel } from './test-models'

const model = loadTriageModel()
const modelEs = loadSpanishTriageModel()

export const examples = {
  emergency: (
    <CareCard level="emergency" locale="en" title="Call 911 (US), 999 (UK) or 112 (EU) now if you have:">
      <ul>
        <li>trouble breathing, swallowing or speaking</li>
      </ul>
    </CareCard>
  ),
  urgent: (
    <CareCard level="urgent" locale="en" title="Contact the clinic that treated you today if:">
      <p>a drooping eyelid blocks your sight</p>
    </CareCard>
  ),
  routine: (
    <CareCard level="routine" locale="en" title="This is common and usually settles in a few days">
      <p>a small bruise where the needle went in</p>
    </CareCard>
  ),
  /** Signs by group: every toxin-spread sign and combination the model puts at the emergency level, with the action from the model. */
  emergencyFromGroups: <CareCard level="emergency" locale="en" groups={['toxin-spread', 'allergy']} model={model} />,
  /** Signs by id, with an author's title and a context sentence that says nothing about levels. */
  urgentFromSigns: (
    <CareCard
      level="urgent"
      locale="en"
      title="Eyes and sight"
      signs={['double-vision', 'droop-blocks-sight']}
      model={model}
      headingLevel={2}
    >
      <p>Keep a note of when it started.</p>
    </CareCard>
  ),
  /** A routine sign with its later time rule shown beside it. */
  routineFromSigns: <CareCard level="routine" locale="en" signs={['drooping-eyelid', 'bruising']} model={model} />,
  /** A modifier: after treatment outside a clinic, the eye signs go to a doctor today, not the injector. */
  modifierFromGroups: <CareCard level="urgent" locale="en" groups={['eye']} modifiers={['outside-clinic']} model={model} />,

  // The Spanish edition: the card's own words from the catalogue, the signs and actions from the Spanish model.
  routineEs: (
    <div lang="es">
      <CareCard level="routine" locale="es" title="Es frecuente y suele pasar en pocos días">
        <p>un pequeño moretón donde entró la aguja</p>
      </CareCard>
    </div>
  ),
  emergencyFromGroupsEs: (
    <div lang="es">
      <CareCard level="emergency" locale="es" groups={['toxin-spread', 'allergy']} model={modelEs} />
    </div>
  ),
  urgentFromSignsEs: (
    <div lang="es">
      <CareCard
        level="urgent"
        locale="es"
        title="Ojos y vista"
        signs={['double-vision', 'droop-blocks-sight']}
        model={modelEs}
        headingLevel={2}
      >
        <p>Anote cuándo empezó.</p>
      </CareCard>
    </div>
  ),
  routineFromSignsEs: (
    <div lang="es">
      <CareCard level="routine" locale="es" signs={['drooping-eyelid', 'bruising']} model={modelEs} />
    </div>
  ),
}
