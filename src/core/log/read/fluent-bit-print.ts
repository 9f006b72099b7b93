import type { PlatformRecord } from './platform-record.ts'

/** The start of a record as Fluent Bit's `stdout` output prints it: `[0] tag: [1626736433.14, {`. */
export const FLUENT_HEAD = /^\[\d{1,10}\] [^\s[\]]{1,256}: \[(\d{1,20}(?:\.\d{1,9})?), \{/

// Where a printed value ends: the next `, "key"=>`, or the record's closing `}`. Values are
// printed without escaping, so a quote inside one is only told apart by what follows it.
const VALUE_END = /"(?:, "[\w.@/-]{1,128}"=>|\}(?:\]|, |\}))/

function valueAfter(text: string, key: string): string | null {
  const at = text.indexOf(`"${key}"=>"`)
  if (at === -1) return null
  const from = at + key.length + 5
  const end = VALUE_END.exec(text.slice(from))
  return end === null ? null : text.slice(from, from + end.index)
}

/**
 * One record of Fluent Bit's `stdout` print (`"log"=>"…"` pairs, values unescaped, a value's
 * own newlines kept), or null. The line is `log`, `message`, or a nested map's `data` or
 * `message`; the instance is Kubernetes' `pod_name` or the `host`.
 */
export function readFluentPrint(text: string): PlatformRecord | null {
  const head = FLUENT_HEAD.exec(text)
  if (head === null) return null
  const body = text.slice(head[0].length - 1)
  const nested = /"(?:log|message)"=>\{/.exec(body)
  const inner = nested === null ? body : body.slice(nested.index + nested[0].length - 1)
  const line =
    valueAfter(inner, 'log') ??
    valueAfter(inner, 'message') ??
    valueAfter(inner, 'data') ??
    valueAfter(inner, 'msg')
  if (line === null) return null
  const record: PlatformRecord = { text: line, platform: 'fluent-bit' }
  const instance = valueAfter(body, 'pod_name') ?? valueAfter(body, 'host')
  if (instance !== null) record.instance = instance
  const seconds = Number(head[1])
  if (seconds > 0) record.time = new Date(seconds * 1000).toISOString()
  return record
}
