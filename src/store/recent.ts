import { isCauseId, type CauseId } from '../core/causes.ts'

/** One earlier diagnosis kept in this browser: enough to list it and reopen it. */
export interface RecentEntry {
  id: string
  /** When it was saved (ISO). */
  savedAt: string
  /** The findings at a glance: causes and their counts, ranked. */
  summary: { cause: CauseId; lines: number }[]
  /** The permalink fragment (`v1.…`) that reopens it. */
  link: string
}

export const RECENT_KEY = '502-doctor.recent.v1'
export const MAX_RECENT = 10

/** The recent diagnoses, newest first; anything unreadable is skipped. */
export function listRecent(): RecentEntry[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(RECENT_KEY) ?? '[]')
    return Array.isArray(value) ? value.flatMap(restoreEntry) : []
  } catch {
    return []
  }
}

/** Adds (or refreshes) an entry; the same link is kept once. Returns the new list. */
export function saveRecent(
  entry: Omit<RecentEntry, 'id' | 'savedAt'>,
  now = new Date(),
): RecentEntry[] {
  const list = listRecent().filter((e) => e.link !== entry.link)
  const next = [{ ...entry, id: `${now.getTime()}`, savedAt: now.toISOString() }, ...list].slice(
    0,
    MAX_RECENT,
  )
  write(next)
  return next
}

/** Removes one entry; returns the new list. */
export function removeRecent(id: string): RecentEntry[] {
  const next = listRecent().filter((e) => e.id !== id)
  write(next)
  return next
}

function write(list: RecentEntry[]): void {
  try {
    globalThis.localStorage?.setItem(RECENT_KEY, JSON.stringify(list))
  } catch {
    // Storage full or blocked: the list is a convenience, the page works without it.
  }
}

function restoreEntry(value: unknown): RecentEntry[] {
  if (typeof value !== 'object' || value === null) return []
  const { id, savedAt, summary, link } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof savedAt !== 'string' || typeof link !== 'string') return []
  if (!/^v\d{1,4}\.[A-Za-z0-9_-]{1,20000}$/.test(link) || !Array.isArray(summary)) return []
  const items = summary.flatMap((s: unknown) => {
    const { cause, lines } = (s ?? {}) as Record<string, unknown>
    return isCauseId(cause) && typeof lines === 'number' ? [{ cause, lines }] : []
  })
  return [{ id, savedAt, summary: items, link }]
}
