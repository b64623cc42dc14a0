import type { Config } from 'tailwindcss'
import { colours } from './lib/site/colours'

/**
 * Design tokens: type and measure here, colours from lib/site/colours.ts (which the code that
 * cannot use a class imports too).
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './layouts/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: colours,
      fontFamily: {
        // System fonts only: nothing to download, nothing to leak to a font host.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        measure: '70ch',
      },
    },
  },
}

export default config
