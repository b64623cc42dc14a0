import { defineMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'
import { TOPICS, type TopicId } from './topics'

/**
 * Topic names and summaries in the Spanish edition. The English ones stay in topics.ts, where the content rules
 * read them; this catalogue repeats the English only so that a missing Spanish key is a type error here.
 */
export const topicMessages = defineMessages({
  en: Object.fromEntries(TOPICS.flatMap((topic) => [[`${topic.id}.name`, topic.name], [`${topic.id}.summary`, topic.summary]])) as Record<
    `${TopicId}.${'name' | 'summary'}`,
    string
  >,
  es: {
    'side-effects.name': 'Efectos secundarios',
    'side-effects.summary': 'Los efectos comunes, casi siempre leves: cuáles son, cada cuánto pasan y cuánto duran.',
    'complications.name': 'Complicaciones',
    'complications.summary': 'Problemas más raros que necesitan un médico, y las señales de alarma que piden ayuda enseguida.',
    'risks-and-benefits.name': 'Riesgos y beneficios',
    'risks-and-benefits.summary': 'Lo que el tratamiento puede hacer y lo que no, frente a lo que puede salir mal.',
    'choosing-a-practitioner.name': 'Elegir a quién le trata',
    'choosing-a-practitioner.summary': 'Cómo encontrar a una persona cualificada, qué preguntar y qué señales le deben hacer irse.',
    'consultation.name': 'Su consulta',
    'consultation.summary': 'Qué contar a quien le va a tratar, y qué preguntarle, antes de decidir.',
    'aftercare.name': 'Cuidados después',
    'aftercare.summary': 'Qué esperar en los días y semanas tras el tratamiento, y cuándo pedir ayuda.',
    'questions.name': 'Preguntas frecuentes',
    'questions.summary': 'Respuestas cortas a lo que más se pregunta, cada una con un enlace al artículo completo.',
  },
})

/** A topic's name and summary in an edition. */
export function topicText(id: TopicId, locale: Locale): { id: TopicId; name: string; summary: string } {
  const messages = topicMessages[locale]
  return { id, name: messages[`${id}.name`], summary: messages[`${id}.summary`] }
}
