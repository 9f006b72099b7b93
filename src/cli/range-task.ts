import { closeSync, openSync, writeSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import type { Finding } from '../core/log/finding.ts'
import { processLines } from './process-lines.ts'
import { readRangeBatches } from './read-lines.ts'

/**
 * What the main thread asks of the worker: one byte range of one file. With JSON output, the
 * number of the range's first line follows as a message, counted while the worker starts up;
 * otherwise the worker numbers its lines from 1 and the main thread shifts them afterwards.
 */
export interface RangeJob {
  file: string
  start: number
  end: number
  /** Where to write JSON Lines, or null when only findings are wanted. */
  jsonOut: string | null
}

/** What the worker answers. */
export interface RangeResult {
  total: number
  findings: Finding[]
}

const job = workerData as RangeJob
const firstLine =
  job.jsonOut === null
    ? 1
    : await new Promise<number>((resolve) => parentPort?.once('message', resolve))
const fd = job.jsonOut === null ? null : openSync(job.jsonOut, 'w')
let pending: string[] = []
let size = 0
const flush = (): void => {
  if (fd !== null && size > 0) writeSync(fd, pending.join(''))
  pending = []
  size = 0
}
const json =
  fd === null
    ? null
    : (record: string): void => {
        pending.push(record)
        size += record.length
        if (size > 1 << 16) flush()
      }

const { findings, total } = await processLines(
  readRangeBatches(job.file, job.start, job.end),
  firstLine,
  json,
)
flush()
if (fd !== null) closeSync(fd)
parentPort?.postMessage({ total, findings } satisfies RangeResult)
