import { describe, expect, it } from 'vitest'
import { formatStatus, formatTimeRange, plural } from './format.ts'

describe('format', () => {
  it('pluralizes counts', () => {
    expect(plural(1, 'line')).toBe('1 line')
    expect(plural(12, 'line')).toBe('12 lines')
    expect(plural(12345, 'line')).toBe('12,345 lines')
  })

  it('names the HTTP/0.9 pass-through', () => {
    expect(formatStatus(502)).toBe('502')
    expect(formatStatus(9)).toContain('HTTP/0.9')
  })

  it('shortens a time range within one day', () => {
    expect(formatTimeRange(null, null)).toBeNull()
    expect(formatTimeRange('2026-11-22 02:25:27', '2026-11-22 02:25:27')).toBe(
      'at 2026-11-22 02:25:27',
    )
    expect(formatTimeRange('2026-11-22 02:25:27', '2026-11-22 03:00:00')).toBe(
      '2026-11-22 02:25:27 to 03:00:00',
    )
    expect(formatTimeRange('2026-11-22 23:59:00', '2026-11-23 00:01:00')).toBe(
      '2026-11-22 23:59:00 to 2026-11-23 00:01:00',
    )
  })
})
