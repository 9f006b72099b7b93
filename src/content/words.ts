/** `1 line`, `12 lines`, with thousands separators. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * A status code as a person reads it. nginx logs 9 for a reply it passed through as HTTP/0.9:
 * the client got whatever bytes the backend sent, not a 502.
 */
export function statusLabel(status: number): string {
  return status === 9 ? '009 (garbage passed on as HTTP/0.9)' : String(status)
}
