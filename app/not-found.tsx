import { notFoundRoute } from '@/layouts/pages/not-found'
import { SiteDocument } from '@/layouts/SiteDocument'
import './globals.css'

const route = notFoundRoute('en')
export const metadata = route.metadata

export default function NotFound() {
  return (
    <SiteDocument locale="en">
      <route.Page />
    </SiteDocument>
  )
}
