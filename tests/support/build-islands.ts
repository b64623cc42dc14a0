import { buildIslands } from '../../scripts/build/build-islands.mjs'

/** vitest globalSetup: the island renderer (and the browser bundles) as a build would make them. */
export default async function setup() {
  await buildIslands()
}
