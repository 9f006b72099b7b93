import { createDiagnosisRun } from '../content/engine.ts'
import { displayText, ROW_LIMIT, type Diagnosis, type LineRow } from './diagnose.ts'

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

/** The file's text as a stream, through gzip when it is compressed, counting bytes read. */
async function textOf(file: Blob, counted: (n: number) => void): Promise<ReadableStream<string>> {
  const count = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      counted(chunk.byteLength)
      controller.enqueue(chunk)
    },
  })
  let bytes: ReadableStream<Uint8Array> = file.stream().pipeThrough(count)
  if (await isGzip(file)) {
    bytes = bytes.pipeThrough(
      new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>,
    )
  }
  return bytes.pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array, string>)
}

/**
 * Reads log files as a stream, never whole, through the engine run the command line uses, so
 * the findings are the same. Lines are split as the command line splits them (a final
 * newline ends the last line); only evidence lines are kept to list.
 */
export async function readLogFiles(
  files: readonly Blob[],
  options: ReadOptions = {},
): Promise<{ diagnosis: Diagnosis; progress: FileProgress; cancelled: boolean }> {
  const now = options.now ?? (() => performance.now())
  const started = now()
  const run = createDiagnosisRun()
  const rows: LineRow[] = []
  let evidence = 0
  let lines = 0
  const progress: FileProgress = { bytes: 0, total: 0, lines: 0, ms: 0 }
  for (const f of files) progress.total += f.size
  // The raw lines results may still refer to: the engine answers for a line soon after it.
  const recent = new Map<number, string>()
  const take = (results: ReturnType<typeof run.push>): void => {
    for (const r of results) {
      if (r.cause === null) continue
      evidence += 1
      if (rows.length < ROW_LIMIT)
        rows.push({
          line: r.line,
          cause: r.cause,
          text: displayText(
            r.facts.extra?.['platform'] === undefined ? (recent.get(r.line) ?? '') : r.text,
          ),
        })
    }
  }
  const push = (line: string): void => {
    lines += 1
    recent.set(lines, line)
    recent.delete(lines - 256)
    take(run.push(line))
  }
  const sofar = (): Diagnosis => ({
    lineCount: lines,
    findings: run.findings(),
    rows: [...rows],
    evidenceOnly: true,
    rowsOmitted: evidence - rows.length,
  })
  let last = started
  let cancelled = false
  for (const file of files) {
    const reader = (await textOf(file, (n) => (progress.bytes += n))).getReader()
    let rest = ''
    for (;;) {
      if (options.signal?.aborted === true) {
        cancelled = true
        await reader.cancel()
        break
      }
      const { done, value } = await reader.read()
      if (done) break
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
    if (rest !== '') push(rest)
    if (cancelled) break
  }
  take(run.end())
  return { diagnosis: sofar(), progress: { ...progress, lines, ms: now() - started }, cancelled }
}
