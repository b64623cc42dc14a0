import { SymptomChecker } from '@/components/SymptomChecker'
import { mountIslands } from './mount'

mountIslands('symptom-checker', SymptomChecker)
