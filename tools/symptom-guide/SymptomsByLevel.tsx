import { symptomsByLevel, type SymptomGuideData } from '@/tools/symptom-guide/logic'
import { CareCard } from '@/components/mdx/CareCard'

/** Every symptom the guide knows, grouped by level as plain lists: the whole guide, with or without JavaScript. */
export function SymptomsByLevel({ guide }: { guide: SymptomGuideData }) {
  return (
    <>
      {symptomsByLevel(guide).map(({ level, symptoms }) => (
        <CareCard key={level} level={level} title={guide.levels[level].title} headingLevel={3}>
          <p>{level === 'routine' ? 'These are common. They usually settle without treatment:' : 'If you have any of these:'}</p>
          <ul className="list-disc pl-6">
            {symptoms.map((symptom) => (
              <li key={symptom.id}>
                <strong>{symptom.label}.</strong> {symptom.note} {symptom.settles} {symptom.watchFor}
              </li>
            ))}
          </ul>
          <p>{guide.levels[level].advice}</p>
        </CareCard>
      ))}
    </>
  )
}
