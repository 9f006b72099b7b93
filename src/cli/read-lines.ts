import { isAscii } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import type { Readable } from 'node:stream'
import { MAX_LINE } from '../core/log/unwrap.ts'

// Chunks this small stay in V8's young generation and die there; megabyte chunks would go to
// the large-object space and wait for a full collection, costing about 40 MB more at the peak
// for no gain in speed (measured on the 1,000,000-line benchmark).
const CHUNK = 64 << 10

/**
 * Yields the lines of each input in order, split on `\n` only (a trailing `\r` is left for
 * the analyzer), in batches so per-line work is not dominated by awaits. Memory stays flat:
 * one chunk and the start of one partial line are held at a time; the analyzer reads only
 * the first {@link MAX_LINE} characters of a line, so the rest of a giant line is dropped.
 */
export async function* readLineBatches(files: readonly string[]): AsyncGenerator<string[]> {
  const inputs = files.length === 0 ? ['-'] : files
  for (const file of inputs) {
    const stream: Readable =
      file === '-' ? process.stdin : createReadStream(file, { highWaterMark: CHUNK })
    yield* splitStream(stream)
  }
}

/** Yields the lines of bytes [start, end) of a file; `start` must be the start of a line. */
export async function* readRangeBatches(
  file: string,
  start: number,
  end: number,
): AsyncGenerator<string[]> {
  // An empty range happens when no line starts after the middle of a file (one giant line).
  if (start >= end) return
  yield* splitStream(createReadStream(file, { start, end: end - 1, highWaterMark: CHUNK }))
}

async function* splitStream(stream: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8')
  let carry = ''
  let afterNonAscii = false
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    // Logs are nearly always ASCII, and decoding ASCII as latin1 is the same text at a
    // fraction of UTF-8's cost. Once a chunk is not ASCII, the next one goes through the
    // decoder too, which finishes any character split across the boundary.
    const chunkAscii = isAscii(chunk)
    const ascii = chunkAscii && !afterNonAscii
    afterNonAscii = !chunkAscii
    const lines = (ascii ? chunk.toString('latin1') : decoder.write(chunk)).split('\n')
    // The piece carried over joins the first line only, not the whole chunk (which would be
    // copied once more to be split).
    lines[0] = carry + (lines[0] ?? '')
    carry = lines.pop() ?? ''
    if (carry.length > MAX_LINE) carry = carry.slice(0, MAX_LINE)
    if (lines.length > 0) yield lines
  }
  carry += decoder.end()
  if (carry !== '') yield [carry]
}
