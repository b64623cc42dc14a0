import { ConsultationChecklist } from '@/components/ConsultationChecklist'
import { mountIslands } from './mount'

mountIslands('consultation-checklist', ConsultationChecklist)
