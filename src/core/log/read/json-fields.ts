type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A field by its dotted name, nested (`{"host": {"name": …}}`) or flat (`{"host.name": …}`, as
 * Elasticsearch's `fields` and Kibana's CSV write it); a one-element array (how `fields`
 * holds every value) gives its element.
 */
export function fieldOf(from: Json, key: string): unknown {
  let value: unknown = key in from ? from[key] : undefined
  if (value === undefined && key.includes('.')) {
    let at: unknown = from
    for (const part of key.split('.')) {
      at = isObject(at) ? at[part] : undefined
      if (at === undefined) break
    }
    value = at
  }
  return Array.isArray(value) && value.length === 1 ? value[0] : value
}

/**
 * Where each kind of record keeps its log line, the raw one first (ECS's `event.original` is
 * the line before Filebeat cut its head off; `log.original` is its older name).
 */
export const TEXT_KEYS = [
  'event.original',
  'log.original',
  'line',
  'MESSAGE',
  'full_message',
  'short_message',
  'message',
  'log',
  'msg',
  '@message',
  'textPayload',
  'LogMessage',
  'LogEntry',
  '_raw',
] as const

/** The record's log line, or null: a string, or journald's MESSAGE as bytes. */
export function textOf(from: Json): string | null {
  for (const key of TEXT_KEYS) {
    const value = fieldOf(from, key)
    if (typeof value === 'string') return value.endsWith('\n') ? value.slice(0, -1) : value
    // journald writes a MESSAGE that is not valid UTF-8 as an array of its bytes.
    if (key === 'MESSAGE' && Array.isArray(value) && value.every((b) => typeof b === 'number')) {
      return new TextDecoder().decode(new Uint8Array(value as number[]))
    }
  }
  return null
}

const TIME_KEYS = ['timestamp', '@timestamp', 'time', 'date', '__REALTIME_TIMESTAMP'] as const

/**
 * The record's time as ISO: written as ISO, or a number of milliseconds (CloudWatch), seconds
 * with a fraction (GELF) or journald's microseconds. Undefined when none can be placed.
 */
export function timeOf(from: Json): string | undefined {
  for (const key of TIME_KEYS) {
    const value = fieldOf(from, key)
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return value
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\d{10,19}$/.test(value)
          ? Number(value)
          : NaN
    if (!Number.isFinite(number) || number <= 0) continue
    // Seconds, milliseconds or microseconds since 1970, told apart by their size.
    const ms = number < 1e11 ? number * 1000 : number < 1e14 ? number : number / 1000
    const date = new Date(ms)
    if (!Number.isNaN(date.getTime())) return date.toISOString()
  }
  return undefined
}
