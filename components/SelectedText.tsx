'use client'

/** Text shown already selected, for the reader to copy when the browser will not copy it for them. */
export function SelectedText({ label, text, rows }: { label: string; text: string; rows?: number }) {
  const select = (element: HTMLInputElement | HTMLTextAreaElement | null) => element?.select()
  const className = 'mt-2 w-full rounded border border-line p-2'
  return rows ? (
    <textarea aria-label={label} readOnly value={text} rows={rows} className={`${className} font-mono text-sm`} ref={select} />
  ) : (
    <input aria-label={label} readOnly value={text} className={className} ref={select} />
  )
}
