import { SLOT_NAMES, type SlotName, type SlotValues } from '../core/fix/fill-template.ts'

/** A run of a template: plain text, or a `{slot}` with its value (null when unknown). */
export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'slot'; name: SlotName; value: string | null }

// The same placeholders fillTemplate replaces; the capture group keeps the names in split().
const SLOT = new RegExp(`\\{(${SLOT_NAMES.join('|')})\\}`)

/** Splits a template into text and slots, so filled and missing values can be shown apart. */
export function templateParts(template: string, values: SlotValues): TemplatePart[] {
  const pieces = template.split(SLOT)
  const parts: TemplatePart[] = []
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece !== '') parts.push({ kind: 'text', text: piece })
    } else {
      const name = piece as SlotName
      parts.push({ kind: 'slot', name, value: values[name] ?? null })
    }
  })
  return parts
}

/** The text the parts read as: what fillTemplate gives for the same template and values. */
export function partsText(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : (p.value ?? `<${p.name}>`))).join('')
}
