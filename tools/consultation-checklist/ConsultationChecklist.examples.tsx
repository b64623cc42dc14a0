import type { ChecklistData } from '@/tools/consultation-checklist/logic'
import { ConsultationChecklist } from './ConsultationChecklist'
import { consultationChecklistMessages } from './messages'

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

/** The same checklist as the Spanish edition's copy of the data gives it: its words translated, its links to /es/ pages. */
export const exampleChecklistEs: ChecklistData = {
  storageKey: exampleChecklist.storageKey,
  sections: [
    {
      id: 'tell',
      title: 'Cuénteles sobre su salud',
      items: [
        {
          id: 'heart',
          text: 'Enfermedad del corazón',
          why: 'La ficha técnica pide cuidado.',
          link: '/es/articles/botox-risks-at-a-glance/#qué-tan-probable-es-que-algo-salga-mal',
          sources: ['FDA-BOTOX-COSMETIC-PI-2019'],
        },
        {
          id: 'pregnancy',
          text: 'Estar embarazada o dar el pecho',
          why: 'No se sabe si puede dañar al bebé.',
          link: '/es/articles/botox-risks-at-a-glance/',
          sources: ['FDA-BOTOX-MEDGUIDE'],
        },
      ],
    },
    {
      id: 'ask',
      title: 'Preguntas que hacer',
      items: [
        {
          id: 'training',
          text: '¿Qué formación tiene usted?',
          why: 'La experiencia importa.',
          // An English path is moved to the Spanish edition's page.
          link: '/articles/botox-risks-at-a-glance/',
          sources: ['NHS-BOTOX'],
        },
      ],
    },
  ],
}

export const examples = {
  checklist: (
    <ConsultationChecklist checklist={exampleChecklist} title="Example checklist" locale="en" messages={consultationChecklistMessages.en} />
  ),
  checklistSpanish: (
    <div lang="es">
      <ConsultationChecklist
        checklist={exampleChecklistEs}
        title="Lista de ejemplo"
        locale="es"
        messages={consultationChecklistMessages.es}
      />
    </div>
  ),
}
