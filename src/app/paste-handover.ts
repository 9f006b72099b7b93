import type { LogFileRequest } from './log-file-reader.ts'

/** A big paste goes to the reader in parts of this many characters. */
export const PASTE_PART = 1 << 20
// Parts posted between two turns of the page's event loop: about 10 ms of copying.
const PARTS_PER_TURN = 4

/**
 * Hands a big paste to the reader part by part, letting the page paint in between; `live`
 * says whether the reading is still wanted.
 */
export async function handOverPaste(
  post: (request: LogFileRequest) => void,
  text: string,
  live: () => boolean,
): Promise<void> {
  post({ kind: 'paste', size: text.length })
  for (let at = 0, n = 1; at < text.length; at += PASTE_PART, n += 1) {
    if (!live()) return
    post({ kind: 'part', text: text.slice(at, at + PASTE_PART) })
    if (n % PARTS_PER_TURN === 0) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  post({ kind: 'end' })
}
