import type { ReactNode } from 'react'
import { SiteDocument, siteMetadata, siteViewport } from '@/layouts/SiteDocument'
import '../globals.css'

export const metadata = siteMetadata('es')
export const viewport = siteViewport

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="es">{children}</SiteDocument>
}
