import { selectedTextClass } from './clipboard'

/** Text shown already selected, for the reader to copy when the browser will not copy it for them. */
export function SelectedText({ label, text, rows }: { label: string; text: string; rows?: number }) {
  const select = (element: HTMLInputElement | HTMLTextAreaElement | null) => element?.select()
  return rows ? (
    <textarea aria-label={label} readOnly value={text} rows={rows} className={`${selectedTextClass} font-mono text-sm`} ref={select} />
  ) : (
    <input aria-label={label} readOnly value={text} className={selectedTextClass} ref={select} />
  )
}
