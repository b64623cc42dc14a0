/** The WCAG conformance every page and component is scanned against: 2.0 to 2.2, levels A and AA (axe's tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
