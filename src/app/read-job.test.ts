import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnose } from './diagnose.ts'
import { startReadJob, type ReadStatus } from './read-job.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../lab/captured/${id}.log`, import.meta.url), 'utf8')
const TEXT = ['no-live-upstreams', 'socket-missing', 'read-timeout'].map(lab).join('\n')

/** The job's statuses until it ends. */
function statuses(run: (done: (s: ReadStatus) => void) => void): Promise<ReadStatus> {
  return new Promise((resolve) => run((s) => s.state !== 'reading' && resolve(s)))
}

// Node has no Worker: the job takes its fallback and reads on this thread, as a page whose
// policy forbids workers would.
describe('a reading where no worker can start', () => {
  it('reads a paste here, with the result diagnose gives', async () => {
    expect(typeof globalThis.Worker).toBe('undefined')
    const last = await statuses((done) => startReadJob(TEXT, done))
    expect(last.state).toBe('done')
    expect(last.diagnosis).toEqual(diagnose(TEXT))
  })

  it('reads files here too', async () => {
    const last = await statuses((done) => startReadJob([new Blob([TEXT])], done))
    expect(last.diagnosis?.findings).toEqual(diagnose(TEXT).findings)
  })

  it('a stopped job reports nothing more', async () => {
    const seen: ReadStatus[] = []
    startReadJob(TEXT, (s) => seen.push(s)).stop()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(seen).toEqual([])
  })
})
