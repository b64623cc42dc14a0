import type { ReactNode } from 'react'

const TITLE_CLASSES = 'text-3xl font-bold leading-tight sm:text-4xl'

/** The page's one h1, the same size and line height on every page. `className` adds spacing or print styles. */
export function PageTitle({ children, className }: { children: ReactNode; className?: string }) {
  return <h1 className={className ? `${TITLE_CLASSES} ${className}` : TITLE_CLASSES}>{children}</h1>
}
