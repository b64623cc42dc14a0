import type { Config } from 'tailwindcss'

/**
 * Design tokens: the one place for colours, type and measure.
 * Every text/background pair used on the site meets WCAG AA contrast (4.5:1 for text).
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './layouts/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#1f2933', muted: '#4a5561' },
        paper: { DEFAULT: '#ffffff', tint: '#f4f7f9' },
        brand: { DEFAULT: '#0b5c7a', dark: '#074357', light: '#e3f1f6' },
        focus: '#ffbf47',
        care: {
          emergency: '#b01c1c',
          'emergency-bg': '#fdecec',
          urgent: '#8a4b00',
          'urgent-bg': '#fff4e0',
          routine: '#1d6b3a',
          'routine-bg': '#e8f5ec',
        },
        line: '#c9d3da',
      },
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
