import { useEffect, useRef, useState } from 'react'
import { copyToClipboard } from './clipboard'

/**
 * Small hooks shared by the islands. Each gives the server's value on the
 * first render, so hydration finds exactly the HTML the server wrote (what
 * readers without JavaScript get), and reads the browser only after that.
 */

/**
 * A value kept outside the component (the browser's storage, the address bar),
 * read once the island has hydrated and again whenever `subscribe` reports a
 * change. `read` and `subscribe` must keep their identity between renders.
 */
export function useExternalValue<T>(subscribe: (onChange: () => void) => () => void, read: () => T, serverValue: T): T {
  const [value, setValue] = useState(serverValue)
  useEffect(() => {
    // Deliberately after hydration: the first render must match the server's HTML, and only now may the browser be read.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(read())
    return subscribe(() => setValue(read()))
  }, [subscribe, read])
  return value
}

const noSubscription = () => () => {}

/** A value read from the browser once the island has hydrated; `serverValue` in the static HTML. */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  // The reader's first choice of `read` is the one that counts: keeping it in a ref lets callers pass an inline function.
  const reader = useRef(read)
  const [stableRead] = useState(() => () => reader.current())
  return useExternalValue(noSubscription, stableRead, serverValue)
}

/** False in the static HTML and true once the island has hydrated. */
export function useHasScript(): boolean {
  return useBrowserValue(() => true, false)
}

/**
 * Copies text to the clipboard. Where that is missing or refused, the text is
 * kept in `fallbackText` for the component to show selected (SelectedText),
 * so the reader can copy it by hand.
 */
export function useCopyText() {
  const [fallbackText, setFallbackText] = useState<string | null>(null)
  const copy = async (text: string): Promise<boolean> => {
    const copied = await copyToClipboard(text)
    setFallbackText(copied ? null : text)
    return copied
  }
  return { copy, fallbackText }
}
