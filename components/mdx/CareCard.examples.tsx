import { loadTriageModel } from '@/lib/triage/load'
import { CareCard } from './CareCard'

const model = loadTriageModel()

export const examples = {
  emergency: (
    <CareCard level="emergency" title="Call 911 (US), 999 (UK) or 112 (EU) now if you have:">
      <ul>
        <li>trouble breathing, swallowing or speaking</li>
      </ul>
    </CareCard>
  ),
  urgent: (
    <CareCard level="urgent" title="Contact the clinic that treated you today if:">
      <p>a drooping eyelid blocks your sight</p>
    </CareCard>
  ),
  routine: (
    <CareCard level="routine" title="This is common and usually settles in a few days">
      <p>a small bruise where the needle went in</p>
    </CareCard>
  ),
  /** Signs by group: every toxin-spread sign and combination the model puts at the emergency level, with the action from the model. */
  emergencyFromGroups: <CareCard level="emergency" groups={['toxin-spread', 'allergy']} model={model} />,
  /** Signs by id, with an author's title and a context sentence that says nothing about levels. */
  urgentFromSigns: (
    <CareCard level="urgent" title="Eyes and sight" signs={['double-vision', 'droop-blocks-sight']} model={model} headingLevel={2}>
      <p>Keep a note of when it started.</p>
    </CareCard>
  ),
  /** A routine sign with its later time rule shown beside it. */
  routineFromSigns: <CareCard level="routine" signs={['drooping-eyelid', 'bruising']} model={model} />,
  /** A modifier: after treatment outside a clinic, the eye signs go to a doctor today, not the injector. */
  modifierFromGroups: <CareCard level="urgent" groups={['eye']} modifiers={['outside-clinic']} model={model} />,
}
