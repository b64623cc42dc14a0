import { useState, useSyncExternalStore } from 'react'

/**
 * Small hooks shared by the client components. Each reads the browser only
 * after hydration, so the server HTML (what readers without JavaScript get)
 * never depends on it.
 */

const noSubscription = () => () => {}

/** A value read from the browser once the script runs; `serverValue` in the static HTML. */
export function useBrowserValue<T extends string | number | boolean>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue)
}

/** False in the static HTML and true once the script runs: controls that need JavaScript stay hidden without it. */
export function useHasScript(): boolean {
  return useBrowserValue(() => true, false)
}

/**
 * Copies text with the Clipboard API. Where that is missing or refused, the
 * text is kept in `fallbackText` for the component to show selected, so the
 * reader can copy it by hand.
 */
export function useCopyText() {
  const [fallbackText, setFallbackText] = useState<string | null>(null)
  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text)
      setFallbackText(null)
      return true
    } catch {
      setFallbackText(text)
      return false
    }
  }
  return { copy, fallbackText }
}
