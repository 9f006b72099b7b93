import { useId } from 'react'
import type { SlotName } from '../core/fix/fill-template.ts'
import { SLOT_LABELS } from './slot-labels.ts'

/** One placeholder of the open guide and where its value comes from. */
export interface SlotField {
  name: SlotName
  /** The value in effect ('' when neither the log nor the person gave one). */
  value: string
  /** Where the value comes from when the person did not type it. */
  from: 'log' | 'config' | null
}

export interface SlotFormProps {
  fields: readonly SlotField[]
  /** Sets a typed value; '' goes back to the log's value. */
  onChange: (name: SlotName, value: string) => void
}

function SlotInput({ field, onChange }: { field: SlotField } & Pick<SlotFormProps, 'onChange'>) {
  const id = useId()
  const { label, example } = SLOT_LABELS[field.name]
  const missing = field.value === ''
  // The mark stays out of the label: the page's only text box named "…log…" is the log box.
  return (
    <div className={`field${missing ? ' field-missing' : ''}`}>
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {field.from !== null && (
          <span className="from-log" id={`${id}-from`}>
            from your {field.from}
          </span>
        )}
      </span>
      <input
        id={id}
        aria-describedby={field.from !== null ? `${id}-from` : undefined}
        type="text"
        value={field.value}
        placeholder={`<${field.name}>, e.g. ${example}`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        onChange={(e) => onChange(field.name, e.target.value)}
      />
    </div>
  )
}

/** The values the open guide's steps use; typing one fills it into every step at once. */
export function SlotForm({ fields, onChange }: SlotFormProps) {
  if (fields.length === 0) return null
  return (
    <fieldset className="fit-form slot-form">
      <legend>Your values</legend>
      <p className="hint">
        Filled into every step. Empty ones show as{' '}
        <span className="slot slot-missing">&lt;name&gt;</span>.
      </p>
      <div className="fields">
        {fields.map((field) => (
          <SlotInput key={field.name} field={field} onChange={onChange} />
        ))}
      </div>
    </fieldset>
  )
}
