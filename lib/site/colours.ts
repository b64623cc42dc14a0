/**
 * The site's colours, once. tailwind.config.ts makes them classes (text-brand-dark, bg-care-emergency-bg …);
 * what cannot use a class imports them from here: the theme-color meta tag, the social image drawn by
 * next/og and the risk pictures' SVG. Every text/background pair used on the site meets WCAG AA contrast
 * (4.5:1 for text). Relative imports only: Tailwind loads tailwind.config.ts, and so this file, on its own.
 */
export const colours = {
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
} as const

/** The risk pictures: people harmed in the urgent colour, people helped in the brand colour, the rest outlined. */
export const riskFigureColours = {
  harm: colours.care.urgent,
  benefit: colours.brand.DEFAULT,
  outline: '#5f6b76',
  empty: colours.paper.DEFAULT,
} as const
