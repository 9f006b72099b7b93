import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * Files smaller than this are read by one thread: a worker's start-up would cost more. The
 * environment can lower it so tests drive the two-thread path with a small file.
 */
export const PARALLEL_MIN_BYTES =
  Number(process.env['NGINX_502_DOCTOR_PARALLEL_MIN_BYTES']) || 32 << 20

const LOOKAHEAD = 1 << 16
const SHARE_OF_MAIN_THREAD = 0.55

/**
 * A byte offset a little past the middle of the file where a line starts, preferring a line that
 * starts with a digit (an nginx timestamp), so a wrapped entry is not cut in two.
 */
export async function findSplit(file: string, size: number): Promise<number> {
  // The worker starts a quarter second after this thread (it loads the code again), so it
  // gets the smaller part.
  const middle = Math.floor(size * SHARE_OF_MAIN_THREAD)
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(LOOKAHEAD)
    const { bytesRead } = await handle.read(buffer, 0, LOOKAHEAD, middle)
    let fallback = -1
    for (
      let at = buffer.indexOf(10);
      at !== -1 && at < bytesRead - 1;
      at = buffer.indexOf(10, at + 1)
    ) {
      const next = buffer[at + 1] ?? 0
      if (next >= 48 && next <= 57) return middle + at + 1
      if (fallback === -1) fallback = middle + at + 1
    }
    return fallback === -1 ? size : fallback
  } finally {
    await handle.close()
  }
}

/** How many `\n` bytes the first `end` bytes of the file hold. */
export async function countNewlines(file: string, end: number): Promise<number> {
  if (end === 0) return 0
  let count = 0
  for await (const chunk of createReadStream(file, { end: end - 1, highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count += 1
  }
  return count
}
