import type { ComponentProps, ComponentType } from 'react'
import { ISLANDS } from '@/islands/registry'

type IslandName = keyof typeof ISLANDS

/** JSON inside <script> must not contain "</script>" or "<!--": escaping every "<" rules both out. */
export function serializeIslandProps(props: unknown): string {
  return JSON.stringify(props).replace(/</g, '\\u003c')
}

/**
 * An interactive part of a page. Next renders it to HTML like everything
 * else; in the browser its own small bundle (/islands/<name>.js, built by
 * scripts/build-islands.mjs with Preact standing in for React) brings it to
 * life from the props written beside it. A page therefore never carries the
 * whole React and Next runtime for one form.
 */
export function Island<Name extends IslandName>({ name, props }: { name: Name; props: ComponentProps<(typeof ISLANDS)[Name]> }) {
  // The registry ties each name to its component, so props always fit; TypeScript cannot follow that through an index.
  const Component = ISLANDS[name] as ComponentType<object>
  return (
    <>
      <div data-island={name}>
        <Component {...(props as object)} />
      </div>
      <script type="application/json" data-island-props={name} dangerouslySetInnerHTML={{ __html: serializeIslandProps(props) }} />
      {/* In `npm run dev` Next's own runtime runs the component; the bundle exists only in a build. */}
      {/* A module script runs after the page is parsed (deferred by the HTML spec), and once however often a page uses it. */}
      {process.env.NODE_ENV === 'production' ? (
        // eslint-disable-next-line @next/next/no-sync-scripts
        <script type="module" src={`/islands/${name}.js`} />
      ) : null}
    </>
  )
}
