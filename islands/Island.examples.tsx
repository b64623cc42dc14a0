import { siteSearchProps } from '@/tools/site-search'
import { Island } from './Island'

export const examples = {
  searchIsland: (
    <main>
      <h1>Search</h1>
      <Island name="site-search" props={siteSearchProps('en')} />
    </main>
  ),
}
