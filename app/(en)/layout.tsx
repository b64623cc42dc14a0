import type { ReactNode } from 'react'
import { SiteDocument, siteMetadata, siteViewport } from '@/layouts/SiteDocument'
import '../globals.css'

export const metadata = siteMetadata('en')
export const viewport = siteViewport

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>
}
