import { vi } from 'vitest'

/**
 * The unit tests run without per-file isolation (vitest.config.ts: `isolate: false`), so one file's leftovers would
 * reach the next file in the same worker. After every test: no stubbed globals or spies, empty storage, no timers,
 * and an empty page (some tests write document.body themselves, which Testing Library's cleanup does not undo).
 */
export function resetSharedState() {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.useRealTimers()
  if (typeof localStorage !== 'undefined') localStorage.clear()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
  if (typeof document !== 'undefined') document.body.replaceChildren()
}
