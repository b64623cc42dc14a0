import { CareCard } from './CareCard'

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
}
