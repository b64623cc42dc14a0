import { SiteSearch } from './SiteSearch'
import { siteSearchProps } from './index'

export const examples = {
  search: <SiteSearch {...siteSearchProps('en')} />,
  searchSpanish: (
    <div lang="es">
      <SiteSearch {...siteSearchProps('es')} />
    </div>
  ),
}
