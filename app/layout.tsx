import type { ReactNode } from 'react'

/**
 * The root layout only passes its children through: each edition's layout (app/(en)/layout.tsx, app/es/layout.tsx)
 * writes the <html> with that edition's `lang`, and the 404 page (app/not-found.tsx), which sits outside both,
 * writes its own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
