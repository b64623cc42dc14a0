import { Island } from './Island'

export const examples = {
  searchIsland: (
    <main>
      <h1>Search</h1>
      <Island name="site-search" props={{}} />
    </main>
  ),
}
