import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'out.*/**',
      '.benchmark/**',
      '.contentlayer/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'public/islands/**',
      '.islands/**',
    ],
  },
  {
    rules: {
      // Plain <a> is deliberate: every page is a static HTML file and works with JavaScript off.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
]

export default config
