import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { diagnose, ROW_LIMIT } from './diagnose.ts'
import { readLogFiles } from './read-log-file.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../lab/captured/${id}.log`, import.meta.url), 'utf8')

// The lab's genuine lines of five causes, as one error log.
const TEXT = [
  'no-live-upstreams',
  'socket-missing',
  'resolver-down',
  'read-timeout',
  'tls-to-plain',
]
  .map(lab)
  .join('\n')

const figures = (d: {
  lineCount: number
  findings: { finding: { cause: string; lines: number } }[]
}) => ({
  lines: d.lineCount,
  findings: d.findings.map((f) => `${f.finding.cause}:${f.finding.lines}`),
})

describe('a log file read as a stream', () => {
  // The lab's lines alone (all listed), repeated past ROW_LIMIT (evidence only), and as a
  // CloudWatch export (records shown as their log lines).
  const long = Array<string>(Math.ceil(ROW_LIMIT / TEXT.split('\n').length) + 1)
    .fill(TEXT)
    .join('\n')
  const exported = JSON.stringify(
    {
      events: TEXT.split('\n').map((message, i) => ({ logStreamName: `web-${i % 2}`, message })),
    },
    null,
    2,
  )
  it.each([
    ['the lab log', TEXT],
    ['the lab log repeated past the rows listed', long],
    ['a CloudWatch export of it', exported],
  ])('%s: a file or a paste read as a stream gives what diagnose gives', async (_, text) => {
    const whole = diagnose(text)
    expect(whole.findings.length).toBeGreaterThan(0)
    const file = await readLogFiles([new File([text], 'error.log')])
    expect(file.cancelled).toBe(false)
    expect(file.diagnosis).toEqual(whole)
    const paste = await readLogFiles([text])
    expect(paste.diagnosis).toEqual(whole)
    expect(paste.progress.bytes).toBe(text.length)
  })

  it('a .gz from logrotate is read through gzip, by its bytes, not its name', async () => {
    const gz = new File([gzipSync(TEXT)], 'error.log.1')
    const { diagnosis, progress } = await readLogFiles([gz])
    expect(figures(diagnosis)).toEqual(figures(diagnose(TEXT)))
    expect(progress.bytes).toBe(gz.size)
  })

  it('several files are one log, in order', async () => {
    const [a, b] = [lab('no-live-upstreams'), lab('read-timeout')]
    const { diagnosis } = await readLogFiles([new File([a], 'a.log'), new File([b], 'b.log')])
    expect(figures(diagnosis)).toEqual(figures(diagnose(`${a}${a.endsWith('\n') ? '' : '\n'}${b}`)))
  })

  it('reports progress as it reads, and Cancel keeps what was read', async () => {
    // Three rotated files: however a file's stream is chunked, the first one reports.
    const parts = [0, 1, 2].map((i) => new File([`${TEXT}\n`], `error.log.${i}`))
    const total = parts.reduce((n, f) => n + f.size, 0)
    const controller = new AbortController()
    let seen = 0
    let clock = 0
    const result = await readLogFiles(parts, {
      everyMs: 1,
      now: () => (clock += 1),
      signal: controller.signal,
      onProgress: (progress, sofar) => {
        seen += 1
        expect(progress.bytes).toBeLessThanOrEqual(progress.total)
        expect(sofar.lineCount).toBe(progress.lines)
        controller.abort()
      },
    })
    expect(result.cancelled).toBe(true)
    expect(seen).toBe(1)
    expect(result.progress.bytes).toBeLessThan(total)
    expect(result.diagnosis.lineCount).toBeGreaterThan(0)
    expect(result.diagnosis.findings.length).toBeGreaterThan(0)
  })
})
