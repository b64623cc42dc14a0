import type { ChecklistData } from '@/tools/consultation-checklist/logic'
import { ConsultationChecklist } from './ConsultationChecklist'

export const exampleChecklist: ChecklistData = {
  storageKey: 'example:checklist:v1',
  sections: [
    {
      id: 'tell',
      title: 'Tell them about your health',
      items: [
        {
          id: 'heart',
          text: 'Heart disease',
          why: 'The label asks for care.',
          link: '/articles/botox-risks-at-a-glance/',
          sources: ['FDA-BOTOX-COSMETIC-PI-2019'],
        },
        {
          id: 'pregnancy',
          text: 'Being pregnant or breastfeeding',
          why: 'It is not known whether it can harm a baby.',
          link: '/articles/botox-risks-at-a-glance/',
          sources: ['FDA-BOTOX-MEDGUIDE'],
        },
      ],
    },
    {
      id: 'ask',
      title: 'Questions to ask',
      items: [
        {
          id: 'training',
          text: 'What training do you have?',
          why: 'Skill matters.',
          link: '/articles/botox-risks-at-a-glance/',
          sources: ['NHS-BOTOX'],
        },
      ],
    },
  ],
}

export const examples = {
  checklist: <ConsultationChecklist checklist={exampleChecklist} title="Example checklist" />,
}
