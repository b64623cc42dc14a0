import { TreatmentRecord } from './TreatmentRecord'

/** The component this tool's island hydrates in the browser and renders on the server (scripts/build/build-islands.mjs). */
export default TreatmentRecord
