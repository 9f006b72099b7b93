import { createDiagnosisRun } from '../content/engine.ts'
import { PASTE_PART } from './paste-handover.ts'
import { ROW_LIMIT, toRow, type Diagnosis, type LineRow } from './diagnose.ts'

/** How far a file has been read. */
export interface FileProgress {
  /** Bytes of the files read so far (compressed bytes for a `.gz`), and in all. */
  bytes: number
  total: number
  lines: number
  ms: number
}

export interface ReadOptions {
  /** Called about every `everyMs` while reading, with the findings so far. */
  onProgress?: (progress: FileProgress, sofar: Diagnosis) => void
  everyMs?: number
  /** Aborting stops the reading; what was read so far is the result. */
  signal?: AbortSignal
  now?: () => number
}

const GZIP = [0x1f, 0x8b]

/** Whether a file is gzip-compressed: its first two bytes, whatever its name says. */
async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  return head[0] === GZIP[0] && head[1] === GZIP[1]
}

/** A pasted text as a stream of slices (slicing shares the text's memory, it does not copy). */
function slices(text: string): ReadableStream<string> {
  let at = 0
  return new ReadableStream<string>({
    pull(controller) {
      if (at >= text.length) return controller.close()
      controller.enqueue(text.slice(at, (at += PASTE_PART)))
    },
  })
}

/** Passes chunks on, counting their size. */
function counting<T>(size: (chunk: T) => number, counted: (n: number) => void) {
  return new TransformStream<T, T>({
    transform(chunk, controller) {
      counted(size(chunk))
      controller.enqueue(chunk)
    },
  })
}

/** Text that arrives in parts (a big paste handed to a worker piece by piece), and its size. */
export interface TextFeed {
  parts: ReadableStream<string>
  size: number
}

/** A log to read: a file from disk (its bytes), or a pasted text (its characters). */
export type LogSource = Blob | string | TextFeed

/** The size progress counts in: a file's bytes, a paste's characters. */
export const sizeOf = (source: LogSource): number =>
  typeof source === 'string' ? source.length : source.size

/** The file's text as a stream, through gzip when it is compressed, counting bytes read. */
async function textOf(
  file: LogSource,
  counted: (n: number) => void,
): Promise<ReadableStream<string>> {
  const chars = counting((part: string) => part.length, counted)
  if (typeof file === 'string') return slices(file).pipeThrough(chars)
  if (!(file instanceof Blob)) return file.parts.pipeThrough(chars)
  const count = counting((chunk: Uint8Array) => chunk.byteLength, counted)
  let bytes: ReadableStream<Uint8Array> = file.stream().pipeThrough(count)
  if (await isGzip(file)) {
    bytes = bytes.pipeThrough(
      new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>,
    )
  }
  return bytes.pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array, string>)
}

/**
 * Reads log files (or a big paste) as a stream, never whole, through the engine run the command
 * line uses, so the findings are the same. Lines are split as the command line splits them (a
 * final newline ends the last line); the lines listed are those `diagnose` lists: all of a short
 * log, else only evidence lines.
 */
export async function readLogFiles(
  files: readonly LogSource[],
  options: ReadOptions = {},
): Promise<{ diagnosis: Diagnosis; progress: FileProgress; cancelled: boolean }> {
  const now = options.now ?? (() => performance.now())
  const started = now()
  const run = createDiagnosisRun()
  const rows: LineRow[] = []
  // Every line while the log is still short enough to list whole; dropped once it is not.
  let every: LineRow[] | null = []
  let evidence = 0
  let lines = 0
  const progress: FileProgress = { bytes: 0, total: 0, lines: 0, ms: 0 }
  for (const f of files) progress.total += sizeOf(f)
  // The raw lines results may still refer to: the engine answers for a line soon after it.
  const recent = new Map<number, string>()
  const take = (results: ReturnType<typeof run.push>): void => {
    for (const r of results) {
      const listed = r.cause !== null && rows.length < ROW_LIMIT
      if (every === null && !listed) {
        if (r.cause !== null) evidence += 1
        continue
      }
      const row = toRow(r, recent.get(r.line) ?? '')
      every?.push(row)
      if (r.cause === null) continue
      evidence += 1
      if (listed) rows.push(row)
    }
  }
  const push = (line: string): void => {
    lines += 1
    if (lines > ROW_LIMIT) every = null
    recent.set(lines, line)
    recent.delete(lines - 256)
    take(run.push(line))
  }
  const sofar = (): Diagnosis => ({
    lineCount: lines,
    findings: run.findings(),
    rows: [...(every ?? rows)],
    evidenceOnly: every === null,
    rowsOmitted: every === null ? evidence - rows.length : 0,
  })
  let last = started
  let cancelled = false
  const aborted = (): boolean => options.signal?.aborted === true
  for (const file of files) {
    const reader = (await textOf(file, (n) => (progress.bytes += n))).getReader()
    // A paste's next part may be a while coming: a Cancel ends the wait for it too.
    const stop = (): void => void reader.cancel().catch(() => undefined)
    options.signal?.addEventListener('abort', stop)
    let rest = ''
    for (;;) {
      if (aborted()) {
        cancelled = true
        await reader.cancel()
        break
      }
      const { done, value } = await reader.read()
      if (done) {
        cancelled ||= aborted()
        break
      }
      const parts = (rest + value).split('\n')
      rest = parts.pop() ?? ''
      for (const line of parts) push(line)
      const t = now()
      if (options.onProgress !== undefined && t - last >= (options.everyMs ?? 100)) {
        last = t
        options.onProgress({ ...progress, lines, ms: t - started }, sofar())
        // A stream's reads resolve as microtasks: let a Cancel message in between them.
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
    options.signal?.removeEventListener('abort', stop)
    // A Cancel lands anywhere: the line it cut is not read, so the findings are those of whole
    // lines ("stopped after N lines" counts them).
    if (cancelled) break
    if (rest !== '') push(rest)
  }
  take(run.end())
  return { diagnosis: sofar(), progress: { ...progress, lines, ms: now() - started }, cancelled }
}
