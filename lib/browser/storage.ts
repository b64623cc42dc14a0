/**
 * The browser storage the tools keep a reader's own data in (the checklist's ticks, the treatment record): one key
 * per tool in localStorage, never sent anywhere. Every island that reads a key subscribes here, so a change made in
 * one tool (or another tab) reaches every other reader of that key.
 */

/**
 * Keys of the tools whose storage is not described by a content file (the checklist's key is in its data file). Here,
 * not beside the tool, so that a page can see whether a record is saved without downloading the record's code.
 */
export const STORAGE_KEYS = { treatmentRecord: 'botox-risks:treatment-record' } as const

const CHANGE_EVENT = 'botox-risks-storage-change'

/** Used only when the browser refuses localStorage (some private modes): values then last until the tab closes. */
const memoryFallback = new Map<string, string>()

export function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return memoryFallback.get(key) ?? null
  }
}

/** Saves `value` under `key`, or removes the key when `value` is null. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    if (value === null) memoryFallback.delete(key)
    else memoryFallback.set(key, value)
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}
