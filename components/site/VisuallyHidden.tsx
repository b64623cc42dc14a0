import type { ReactNode } from 'react'

/** Text for screen readers only: it carries meaning that the page otherwise shows with colour or layout. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>
}
