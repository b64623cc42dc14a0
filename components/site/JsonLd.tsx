import type { Thing, WithContext } from 'schema-dts'

/**
 * Structured data in a <script type="application/ld+json">. "<" is escaped so
 * text in the data can never close the script element early.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}
