import type { Locale } from '@/lib/i18n/locales'
import { format } from '@/lib/i18n/messages'
import {
  cardFields,
  cardLabel,
  displayValue,
  fieldLabel,
  groupTitle,
  RECORD_GROUPS,
  type FieldId,
  type RecordField,
  type TreatmentRecord,
} from './logic'
import type { TreatmentRecordMessages } from './messages'

/** What the card and the sheet show: the record, in the page's edition. */
type RecordViewProps = { record: TreatmentRecord; title: string; locale: Locale; messages: TreatmentRecordMessages }

function CardSide({ side, title, record, footer, locale, messages }: RecordViewProps & { side: 'front' | 'back'; footer?: string }) {
  return (
    <div className="record-card-side" data-side={side}>
      <p className="record-card-title m-0 font-bold">{title}</p>
      <dl className="m-0">
        {cardFields(side).map((field: RecordField) => (
          <div key={field.id} className="record-card-row">
            <dt>{cardLabel(field, messages)}</dt>
            {/* Blank rows are lines to write on: the card is also the blank form readers without JavaScript print. No empty
                text node for them, which the server's HTML cannot hold and hydration would have to add. */}
            <dd data-field={field.id}>{displayValue(field, record[field.id as FieldId], messages, locale) || null}</dd>
          </div>
        ))}
      </dl>
      {footer ? <p className="record-card-footer m-0">{footer}</p> : null}
    </div>
  )
}

/**
 * The wallet card: two credit-card-sized sides next to each other. Printed, the outer
 * dotted line is the cut line and the dashed line between the sides the fold, so the
 * folded card has the clinic on one face and the product on the other. What the reader
 * typed is shown as text (React escapes it), cut short on the card and whole on the sheet.
 */
export function RecordCard({ reportUrl, ...view }: RecordViewProps & { reportUrl: string }) {
  const { messages } = view
  return (
    <section aria-labelledby="record-card-heading" className="record-card-area mt-8" data-pagefind-ignore>
      <h2 id="record-card-heading" className="m-0 text-2xl font-bold print:text-base">
        {messages.cardHeading}
      </h2>
      <p className="no-js-only mt-2 rounded bg-paper-tint px-4 py-3">{messages.cardNoScript}</p>
      <p className="mt-2 mb-3 print:mt-1 print:text-xs">{messages.cardHowTo}</p>
      <div className="record-card">
        <CardSide side="front" {...view} />
        <CardSide side="back" {...view} title={messages.cardBackTitle} footer={format(messages.cardReport, { url: reportUrl })} />
      </div>
    </section>
  )
}

/** The whole record on a page, printed by "Print the full record": every field, blank ones as lines to write on. */
export function RecordSheet({ record, title, locale, messages }: RecordViewProps) {
  return (
    <section aria-labelledby="record-sheet-heading" className="record-sheet" data-pagefind-ignore>
      <h2 id="record-sheet-heading" className="m-0 text-xl font-bold">
        {title}
      </h2>
      {RECORD_GROUPS.map((group) => (
        <div key={group.id} className="record-sheet-group">
          <h3 className="m-0 mt-3 text-base font-bold">{groupTitle(group, messages)}</h3>
          <dl className="m-0">
            {group.fields.map((field) => (
              <div key={field.id} className="record-sheet-row">
                <dt>{fieldLabel(field, messages)}</dt>
                <dd data-field={field.id}>{displayValue(field, record[field.id as FieldId], messages, locale) || null}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  )
}
