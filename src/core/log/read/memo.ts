import { nginxVerdict } from '../classify/nginx-verdict.ts'
import type { UpstreamKind, Verdict } from '../classify/verdict.ts'
import { createBoundedCache, detach } from '../detach.ts'
import type { LineSource, NginxLevel } from '../types.ts'
import { readMessage, type MessageEnd, type MessageReading } from './message.ts'

/** A message read once, and the verdicts it has had (they also depend on source and kind). */
export interface Shape {
  reading: MessageReading
  /**
   * No source or upstream makes this message evidence (a client's abort, a notice): a reader
   * that wants only a finding's facts need not read its context.
   */
  quiet: boolean
  /** The verdict for a line of this message from `source` with an upstream of `kind`. */
  verdict(source: LineSource, kind: UpstreamKind): Verdict
}

interface Entry extends Shape {
  level: NginxLevel | undefined
  ends: MessageEnd
  written: string
}

/** Stage 3 (message) and 5 (classify) of the reader, remembered per message; see below. */
export interface MessageMemo {
  /** The shape of the message `text[start, end)` at `level`, read now or remembered. */
  reading(
    text: string,
    start: number,
    end: number,
    ends: MessageEnd,
    level: NginxLevel | undefined,
  ): Shape
}

/**
 * Creates the memo one reader owns. Keyed by a number computed from the message in place, so no
 * key string is built per line; a hit is confirmed by comparing the remembered message with
 * the line itself. What is kept is detached (see detach.ts), and the memo is bounded (see
 * createBoundedCache), so memory stays bounded on a log of any size.
 */
export function createMessageMemo(): MessageMemo {
  const shapes = createBoundedCache<number, Entry[]>()
  return {
    reading(text, start, end, ends, level) {
      const signature = signatureOf(text, start, end)
      const candidates = shapes.get(signature)
      if (candidates !== undefined) {
        for (const entry of candidates) {
          if (
            entry.level === level &&
            entry.ends === ends &&
            entry.written.length === end - start &&
            text.slice(start, end) === entry.written
          ) {
            return entry
          }
        }
      }
      // A message that is not kept is read all the same: its strings stay the line's own.
      if (candidates === undefined && !shapes.room()) {
        return createEntry(text.slice(start, end), ends, level)
      }
      const entry = createEntry(detach(text.slice(start, end)), ends, level)
      if (candidates === undefined || candidates.length >= 8) shapes.set(signature, [entry])
      else candidates.push(entry)
      return entry
    },
  }
}

function createEntry(written: string, ends: MessageEnd, level: NginxLevel | undefined): Entry {
  const reading = readMessage(written, ends)
  const verdicts: { source: LineSource; kind: UpstreamKind; verdict: Verdict }[] = []
  const quiet = SOURCES.every((source) =>
    KINDS.every((kind) => nginxVerdict({ reading, level, source, kind }).cause === null),
  )
  return {
    level,
    ends,
    written,
    reading,
    quiet,
    verdict(source, kind) {
      for (const known of verdicts) {
        if (known.source === source && known.kind === kind) return known.verdict
      }
      const verdict = nginxVerdict({ reading, level, source, kind })
      verdicts.push({ source, kind, verdict })
      return verdict
    },
  }
}

const SOURCES: readonly LineSource[] = ['nginx-error', 'nginx-stream']
const KINDS: readonly UpstreamKind[] = ['', 'unix', 'v4', 'v6', '::1', '0.0.0.1']

/** A cheap hash of the message: its length and characters sampled across it. */
function signatureOf(text: string, start: number, end: number): number {
  const length = end - start
  let hash = length
  const step = Math.max(1, Math.floor(length / 16))
  for (let at = start; at < end; at += step) hash = (hash * 31 + text.charCodeAt(at)) | 0
  return hash
}
