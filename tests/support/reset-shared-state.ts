import { vi } from 'vitest'

/**
 * The unit tests run without per-file isolation (vitest.config.ts: `isolate: false`), so one file's leftovers would
 * reach the next file in the same worker. After every test: no stubbed globals or spies, empty storage, no timers.
 */
export function resetSharedState() {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.useRealTimers()
  if (typeof localStorage !== 'undefined') localStorage.clear()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
}
