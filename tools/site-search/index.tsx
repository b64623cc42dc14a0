import { Island } from '@/islands/Island'

/** Site search as it goes on a page: rendered by Preact here, hydrated by /islands/site-search.js. */
export function SiteSearchIsland() {
  return <Island name="site-search" props={{}} />
}
