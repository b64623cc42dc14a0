import { SiteSearch } from '@/components/SiteSearch'
import { mountIslands } from './mount'

mountIslands('site-search', SiteSearch)
