import { ReferenceList } from './ReferenceList'

export const exampleReferences = [
  {
    key: 'NHS-BOTOX',
    title: 'Botox injections',
    publisher: 'NHS',
    year: null,
    url: 'https://www.nhs.uk/conditions/cosmetic-procedures/botox-injections/',
  },
  {
    key: 'KING-2016-JCAD',
    title: 'Management of ptosis',
    publisher: 'J Clin Aesthet Dermatol 2016;9(12):E1-E4',
    year: 2016,
    url: 'https://jcadonline.com/aesthetic-complications-ptosis/',
    note: 'Review article.',
  },
]

export const examples = {
  twoReferences: <ReferenceList references={exampleReferences} locale="en" />,
  twoReferencesSpanish: <ReferenceList references={exampleReferences} locale="es" />,
}
