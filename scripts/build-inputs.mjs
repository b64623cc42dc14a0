/**
 * Everything in the project that `npm run build` reads: the sources, the
 * content, the browser islands and, because `next build` type-checks every file
 * tsconfig.json includes, the tests and their configs too. A copy of these
 * with node_modules linked builds exactly as the original does; the build
 * tests and the build benchmark make their copies from this list.
 */
export const BUILD_INPUTS = [
  'app',
  'components',
  'layouts',
  'lib',
  'islands',
  'content',
  'public',
  'scripts',
  'tests',
  'package.json',
  'tsconfig.json',
  'next.config.mjs',
  'contentlayer.config.ts',
  'postcss.config.mjs',
  'tailwind.config.ts',
  'vitest.config.ts',
  'vitest.build.config.ts',
  'playwright.config.ts',
]
