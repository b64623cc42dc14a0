import { SiteSearch } from './SiteSearch'

export const examples = {
  search: <SiteSearch />,
}
