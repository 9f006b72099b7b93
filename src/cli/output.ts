import type { Writable } from 'node:stream'

/** Buffered writes to a stream, with back-pressure, so a million lines are not a million writes. */
export interface Output {
  write(text: string): void
  /** Writes bytes as they are (already UTF-8), after any text written before them. */
  writeBytes(bytes: Uint8Array): void
  /** Flushes and waits until the stream can take more. */
  drain(): Promise<void>
  end(): Promise<void>
}

const FLUSH_AT = 1 << 16

/** Wraps `stream` (standard output) in an {@link Output}. A closed pipe ends quietly. */
export function createOutput(stream: Writable): Output {
  let parts: string[] = []
  let size = 0
  let closed = false
  stream.on('error', () => {
    // The reader went away (`| head`): stop writing, it is not our failure.
    closed = true
  })
  const flush = (): void => {
    if (size === 0 || closed) return
    stream.write(parts.join(''))
    parts = []
    size = 0
  }
  const drain = async (): Promise<void> => {
    flush()
    if (!closed && stream.writableNeedDrain) {
      await new Promise((resolve) => stream.once('drain', resolve))
    }
  }
  return {
    write(text) {
      parts.push(text)
      size += text.length
      if (size >= FLUSH_AT) flush()
    },
    writeBytes(bytes) {
      flush()
      if (!closed) stream.write(bytes)
    },
    drain,
    end: drain,
  }
}
