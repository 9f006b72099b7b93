import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnose } from './diagnose.ts'
import {
  serveLogFiles,
  type FromReader,
  type LogFileRequest,
  type ReaderScope,
} from './log-file-reader.ts'
import { handOverPaste } from './paste-handover.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../lab/captured/${id}.log`, import.meta.url), 'utf8')

// The lab's genuine lines, repeated to a few megabytes so the paste goes over in several parts.
const TEXT = Array<string>(2500)
  .fill(['no-live-upstreams', 'read-timeout', 'socket-missing'].map(lab).join(''))
  .join('')

/** A reader served as in its worker, with the page's side of the messages in hand. */
function reader() {
  let listener: ((event: { data: LogFileRequest }) => void) | undefined
  const answers: FromReader[] = []
  let finished: (last: FromReader) => void = () => undefined
  const last = new Promise<FromReader>((resolve) => (finished = resolve))
  const scope: ReaderScope = {
    addEventListener: (_, l) => (listener = l),
    postMessage: (m) => {
      answers.push(m)
      if (m.kind !== 'progress') finished(m)
    },
  }
  serveLogFiles(scope)
  const post = (data: LogFileRequest): void => listener?.({ data })
  return { post, answers, last }
}

describe('the reader the page hands files and pastes to', () => {
  it('a paste handed over in parts gives what diagnose gives for the whole text', async () => {
    expect(TEXT.length).toBeGreaterThan(3 << 20)
    const { post, last } = reader()
    await handOverPaste(post, TEXT, () => true)
    const done = await last
    expect(done.kind).toBe('done')
    if (done.kind !== 'done') return
    expect(done.cancelled).toBe(false)
    expect(done.progress.bytes).toBe(TEXT.length)
    expect(done.diagnosis).toEqual(diagnose(TEXT))
  })

  it('a Cancel while parts still arrive keeps what was read; later parts are dropped', async () => {
    const { post, last } = reader()
    const turn = () => new Promise((resolve) => setTimeout(resolve, 20))
    post({ kind: 'paste', size: TEXT.length })
    post({ kind: 'part', text: TEXT.slice(0, 1 << 20) })
    await turn()
    post({ kind: 'cancel' })
    const done = await last
    // The rest of the paste was on its way: it finds the reading closed, and nothing breaks.
    expect(() => {
      post({ kind: 'part', text: TEXT.slice(1 << 20) })
      post({ kind: 'end' })
    }).not.toThrow()
    expect(done.kind).toBe('done')
    if (done.kind !== 'done') return
    expect(done.cancelled).toBe(true)
    expect(done.diagnosis.lineCount).toBeGreaterThan(0)
    expect(done.diagnosis.lineCount).toBeLessThan(diagnose(TEXT).lineCount)
    // The whole lines of the part read: the one the Cancel cut is not read.
    const read = TEXT.slice(0, 1 << 20)
    expect(done.diagnosis.lineCount).toBe(read.split('\n').length - 1)
    expect(done.diagnosis.findings).toEqual(
      diagnose(read.slice(0, read.lastIndexOf('\n'))).findings,
    )
  })

  it('files are read as files', async () => {
    const { post, last } = reader()
    post({ kind: 'read', files: [new Blob([TEXT])] })
    const done = await last
    expect(done.kind === 'done' && done.diagnosis.findings).toEqual(diagnose(TEXT).findings)
  })
})
