import { createReadStream } from 'node:fs'
import { stat, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Finding } from '../core/log/finding.ts'
import { mergeFindings } from '../core/log/findings.ts'
import type { Output } from './output.ts'
import { processLines } from './process-lines.ts'
import type { RangeJob, RangeResult } from './range-task.ts'
import { countNewlines, findSplit } from './ranges.ts'
import { readRangeBatches } from './read-lines.ts'

/**
 * Reads a large file on two cores: a worker takes the second half while this thread takes
 * the first and writes its output directly. JSON Lines from the worker go to a temporary file
 * that is copied out afterwards, so output stays in input order and memory stays flat.
 */
export async function runParallel(
  file: string,
  out: Output,
  json: ((record: string) => void) | null,
): Promise<{ findings: Finding[]; total: number }> {
  const { size } = await stat(file)
  const split = await findSplit(file, size)
  const job: RangeJob = {
    file,
    start: split,
    end: size,
    jsonOut:
      json === null ? null : join(tmpdir(), `nginx-502-doctor-${process.pid}-${Date.now()}.jsonl`),
  }
  const worker = startWorker(job)
  const second = finished(worker, job.file)
  // Keep the worker's promise observed even if the first half fails.
  second.catch(() => {})
  // JSON Lines carry their numbers, so the worker needs its first one before it writes. A
  // summary only numbers a few example lines, which are shifted at the end instead: counting
  // the lines of the first half first would hold up both threads for a tenth of a second.
  if (json !== null) worker.postMessage((await countNewlines(file, split)) + 1)
  try {
    const started = Date.now()
    const first = await processLines(readRangeBatches(file, 0, split), 1, json, out.drain)
    const mainDone = Date.now()
    const rest = await second
    if (process.env['NGINX_502_DOCTOR_TIMES'] !== undefined) {
      process.stderr.write(
        `main ${mainDone - started} ms, worker done after ${Date.now() - started} ms\n`,
      )
    }
    if (job.jsonOut !== null) await copyOut(job.jsonOut, out)
    const later = json === null ? shiftLines(rest.findings, first.total) : rest.findings
    return {
      findings: mergeFindings(first.findings, later),
      total: first.total + rest.total,
    }
  } finally {
    if (job.jsonOut !== null) await unlink(job.jsonOut).catch(() => {})
  }
}

/** The findings of a part numbered from 1, numbered as lines after the first `offset`. */
function shiftLines(findings: Finding[], offset: number): Finding[] {
  return findings.map((finding) => ({
    ...finding,
    examples: finding.examples.map((example) => ({ ...example, line: example.line + offset })),
  }))
}

// The worker's garbage would otherwise grow to V8's defaults before being collected; these
// keep the process's peak memory well under the 200 MB budget at a small cost in speed.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 }

// Compiled (bin/compile-cli.js), this module sits next to the compiled task; from the sources,
// the worker first registers the TypeScript loader.
const WORKER_ENTRY = import.meta.url.endsWith('.mjs') ? './range-task.mjs' : './range-worker.js'

function startWorker(job: RangeJob): Worker {
  return new Worker(new URL(WORKER_ENTRY, import.meta.url), {
    workerData: job,
    resourceLimits: WORKER_LIMITS,
  })
}

function finished(worker: Worker, file: string): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    worker.once('message', (result: RangeResult) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker reading ${file} stopped (${code})`))
    })
  })
}

async function copyOut(path: string, out: Output): Promise<void> {
  await out.drain()
  // Bytes in, bytes out: the worker wrote UTF-8, and decoding it only to encode it again
  // costs time (and, decoded as anything but UTF-8, would garble non-ASCII text).
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    out.writeBytes(chunk as Buffer)
    await out.drain()
  }
}
