import { useCallback, useState } from 'react'
import { useCopyText, useExternalValue } from '@/lib/browser/hooks'
import { translatedPath, type Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import { checklistAsText, parseTicked, type ChecklistData } from '@/tools/consultation-checklist/logic'
import { secondaryButton } from '@/components/button-styles'
import { SelectedText } from '@/lib/browser/SelectedText'
import { readStored, subscribeToStorage, writeStored } from '@/lib/browser/storage'
// Types only: the catalogue's values stay on the server, and the wrapper (index.tsx) passes one edition's messages.
import type { ConsultationChecklistMessages } from './messages'

export type ConsultationChecklistProps = {
  /** The edition's copy of content/tools/consultation-checklist.json. */
  checklist: ChecklistData
  title: string
  /** The edition the page is in: each item's link goes to that edition's page. */
  locale: Locale
  /** consultationChecklistMessages[locale]. */
  messages: ConsultationChecklistMessages
}

/**
 * The checklist a reader takes to their consultation. Ticks are kept in this
 * browser only (localStorage, one key); nothing is sent anywhere. Without
 * JavaScript it is still a complete list that can be ticked and printed.
 */
export function ConsultationChecklist({ checklist, title, locale, messages: t }: ConsultationChecklistProps) {
  // The static HTML (and the first render that hydrates it) shows no ticks; the saved ones arrive straight after.
  const saved = useExternalValue(
    subscribeToStorage,
    useCallback(() => readStored(checklist.storageKey), [checklist.storageKey]),
    null,
  )
  const ticked = parseTicked(saved, checklist)
  const [message, setMessage] = useState('')
  const { copy: copyText, fallbackText } = useCopyText()

  const setTicked = (next: string[]) => writeStored(checklist.storageKey, next.length > 0 ? JSON.stringify(next) : null)
  const toggle = (itemId: string, checked: boolean) => setTicked(checked ? [...ticked, itemId] : ticked.filter((item) => item !== itemId))

  const copy = async () => {
    const copied = await copyText(checklistAsText(checklist, ticked, title))
    setMessage(copied ? t.copied : t.copyFailed)
  }

  return (
    <div className="consultation-checklist">
      <div className="js-only no-print my-4">
        <p className="m-0">
          {format(t.progress, {
            ticked: ticked.length,
            total: checklist.sections.reduce((count, section) => count + section.items.length, 0),
          })}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className={secondaryButton} onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" className={secondaryButton} onClick={copy}>
            {t.copy}
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              setTicked([])
              setMessage(t.cleared)
            }}
          >
            {t.reset}
          </button>
        </div>
        <p role="status" className="mt-2 mb-0 min-h-6">
          {/* No empty text node: the server HTML has none, so hydration would have to add one. */}
          {message || null}
        </p>
        {fallbackText !== null ? <SelectedText label={t.asText} text={fallbackText} rows={8} /> : null}
      </div>
      <form onSubmit={(event) => event.preventDefault()} className="checklist-sections">
        {checklist.sections.map((section) => (
          <fieldset key={section.id} className="checklist-section mt-6 break-inside-avoid-page">
            <legend className="text-xl font-bold">{section.title}</legend>
            <ul className="mt-2 space-y-2">
              {section.items.map((item) => {
                const inputId = `checklist-${section.id}-${item.id}`
                return (
                  <li key={item.id} className="checklist-item break-inside-avoid">
                    <div className="flex items-start gap-3">
                      <input
                        id={inputId}
                        type="checkbox"
                        name={item.id}
                        checked={ticked.includes(item.id)}
                        onChange={(event) => toggle(item.id, event.target.checked)}
                        className="mt-1 size-6 shrink-0 accent-brand"
                      />
                      <div>
                        <label htmlFor={inputId} className="cursor-pointer font-medium">
                          {item.text}
                        </label>
                        <p className="checklist-why m-0 text-[0.95rem] text-ink-muted">
                          {`${item.why} `}
                          {/* The edition's data already links to its own pages; an English path is moved to the edition's. */}
                          <a href={translatedPath(item.link, locale)} className="text-brand-dark underline">
                            {t.moreOnThis}
                            <span className="sr-only">{`: ${item.text}`}</span>
                          </a>
                        </p>
                      </div>
                    </div>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        ))}
      </form>
    </div>
  )
}
