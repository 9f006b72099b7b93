import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { FIX_IDS } from '../core/fix/fix-ids.ts'
import { analyzeText } from '../core/log/analyze.ts'
import { CORPUS_CONFIGS } from '../core/config/corpus/configs.ts'
import { INCIDENTS } from '../core/log/corpus/index.ts'
import { decodePermalink } from '../core/permalink/codec.ts'
import { toJsonLine } from './json-record.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LAB = `${ROOT}lab/captured/`

function cli(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/nginx-502-doctor.js', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { line: number; cause: string | null })

describe('nginx-502-doctor --json', () => {
  it('prints exactly one object per input line, in order, over all files', () => {
    const files = [`${LAB}refused.log`, `${LAB}socket-missing.log`]
    const total = files.map((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).length)
    const { code, out, err } = cli(['--json', ...files])
    expect(err).toBe('')
    expect(code).toBe(0)
    const records = jsonLines(out)
    expect(records.map((r) => r.line)).toEqual(
      Array.from({ length: total[0]! + total[1]! }, (_, i) => i + 1),
    )
    expect(records[0]?.cause).toBe('upstream-refused')
    expect(records.map((r) => r.cause)).toContain('socket-missing')
  })

  it('reads standard input, also when named "-", and treats a trailing \\r as no field', () => {
    const line = readFileSync(`${LAB}refused.log`, 'utf8').split('\n')[0]
    const { out } = cli(['--json', '-'], `${line}\r\nnot a log line\r\n`)
    const records = jsonLines(out) as { line: number; cause: string | null; host?: string }[]
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({ line: 1, cause: 'upstream-refused', host: 'lab-refused' })
    expect(records[1]).toMatchObject({ line: 2, cause: null })
  })

  it('takes binary and invalid UTF-8 as input, not as an error', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0xc3, 0x28, 0x0a, 0x80])
    const { code, out } = cli(['--json'], bytes)
    expect(code).toBe(0)
    expect(jsonLines(out).map((r) => r.cause)).toEqual([null, null, null])
  })
})

describe('nginx-502-doctor --findings', () => {
  it('prints one JSON document with the findings in the order to act on them', () => {
    const { code, out } = cli(['--findings', `${LAB}no-live-upstreams.log`])
    expect(code).toBe(0)
    const { findings } = JSON.parse(out) as { findings: { cause: string; lines: number }[] }
    const causes = findings.map((f) => f.cause)
    expect(causes).toContain('no-live-upstreams')
    expect(causes.indexOf('upstream-refused')).toBeLessThan(causes.indexOf('no-live-upstreams'))
    for (const finding of findings) expect(finding.lines).toBeGreaterThan(0)
  })
})

describe('nginx-502-doctor --findings --setup', () => {
  // https://github.com/verifywise-ai/verifywise/issues/3698: nginx in a compose container
  // proxied to localhost:3000; the thread's fix was the backend's service name.
  const paste = INCIDENTS.find((i) => i.source.endsWith('verifywise/issues/3698'))!.paste
  type Found = { findings: { cause: string; check: string; fixes: string[] }[] }

  it("gives each finding its first check and its fixes, the thread's first, for the log's setup", () => {
    const { code, out } = cli(['--findings'], paste)
    expect(code).toBe(0)
    const [first] = (JSON.parse(out) as Found).findings
    expect(first!.cause).toBe('upstream-refused')
    expect(first!.fixes[0]).toBe('use-service-name')
    expect(first!.check).not.toMatch(/<\w+>/)
    for (const fix of first!.fixes) expect(FIX_IDS).toContain(fix)
    expect(new Set(first!.fixes).size).toBe(first!.fixes.length)
  })

  it('reorders, never drops, the fixes for the setup given, as the page does', () => {
    const given = ['location=same-host,runtime=systemd', 'backend=node']
    const { out } = cli(['--findings', '--setup', given[0]!, `--setup=${given[1]!}`], paste)
    const [first] = (JSON.parse(out) as Found).findings
    const { out: plain } = cli(['--findings'], paste)
    const [before] = (JSON.parse(plain) as Found).findings
    expect(first!.fixes[0]).toBe('start-backend')
    expect([...first!.fixes].sort()).toEqual([...before!.fixes].sort())
    expect(first!.fixes.indexOf('use-service-name')).toBeGreaterThan(1)
  })
})

describe('nginx-502-doctor --config', () => {
  // https://github.com/graphite-project/docker-graphite-statsd/issues/87: the image's site file sent
  // graphite-web to localhost, and the thread's log shows the [::1] refusals.
  const posted = CORPUS_CONFIGS.find((c) => c.title.startsWith('graphite-web behind localhost'))!
  const dir = mkdtempSync(join(tmpdir(), 'config-'))
  const conf = join(dir, 'graphite.conf')
  const log = join(dir, 'error.log')
  writeFileSync(conf, posted.text)
  writeFileSync(log, posted.log ?? '')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  type Found = {
    config: { check: string; file: string; line: number; explains: string[]; confirmed: boolean }[]
  }

  it('reports each mistake at its file and line, confirmed by the log given with it', () => {
    const { code, out } = cli(['--findings', '--config', conf, log])
    expect(code).toBe(0)
    const [first] = (JSON.parse(out) as Found).config
    expect(first).toMatchObject({
      check: 'localhost-ipv6-first',
      file: conf,
      line: posted.mistakes[0]!.line,
      confirmed: true,
    })
    expect(first!.explains).toContain('upstream-refused-ipv6')
  })

  it('checks the config alone when no log is named, without waiting for standard input', () => {
    const { code, out } = cli([`--config=${conf}`])
    expect(code).toBe(0)
    expect(out).toContain('localhost-ipv6-first')
    expect(out).toContain(`${conf}:${posted.mistakes[0]!.line}`)
    expect(out).toContain('+ ')
  })
})

describe('nginx-502-doctor summary', () => {
  it('names the finding, the first check and a permalink that reopens the same counts', () => {
    const { code, out } = cli([`${LAB}socket-missing.log`])
    expect(code).toBe(0)
    expect(out).toContain('socket-missing')
    expect(out).toMatch(/Check first: {2}ls -l \/tmp\/.*missing\.sock/)
    const link = /#(v1\.[A-Za-z0-9_-]+)/.exec(out)?.[1] ?? ''
    const decoded = decodePermalink(link)
    expect(decoded.ok && decoded.diagnosis.counts?.map((c) => c.cause)).toContain('socket-missing')
  })

  it('redacts the lines its permalink carries, as the page does before sharing', () => {
    const line =
      '2026/11/22 02:25:27 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /cart?token=s3cr3t HTTP/1.1", upstream: "http://10.0.3.4:8080/cart?token=s3cr3t", host: "shop.example.com"'
    const { out } = cli([], `${line}\n`)
    const link = /#(v1\.[A-Za-z0-9_-]+)/.exec(out)?.[1] ?? ''
    const decoded = decodePermalink(link)
    const shared = decoded.ok ? decoded.diagnosis.lines.join('\n') : ''
    expect(shared).toContain('connect() failed (111: Connection refused)')
    for (const secret of ['203.0.113.7', 'shop.example.com', '10.0.3.4', 's3cr3t']) {
      expect(shared).not.toContain(secret)
    }
  })

  it('says plainly when nothing is evidence', () => {
    const { code, out } = cli([], 'hello\nworld\n')
    expect(code).toBe(0)
    expect(out).toContain('Read 2 lines: none is evidence of a 502/504.')
  })
})

describe('nginx-502-doctor on two threads', () => {
  // Every lab log, then the same again with non-ASCII text, CRLF endings and a wrapped entry,
  // so both halves hold all of it wherever the file is split.
  const lab = readdirSync(LAB)
    .filter((name) => name.endsWith('.log'))
    .map((name) => readFileSync(`${LAB}${name}`, 'utf8'))
    .join('')
  const odd = [
    lab.replaceAll('GET /', 'GET /café/').replaceAll('\n', '\r\n'),
    '2026/11/22 03:00:00 [error] 7#7: *9 connect() failed (111: Connection refused) while conn',
    'ecting to upstream, client: 10.0.0.1, server: ü.example, request: "GET /ß HTTP/1.1"',
    'plain text 日本語\n',
  ].join('\n')
  const dir = mkdtempSync(join(tmpdir(), 'n5d-'))
  const file = join(dir, 'mixed.log')
  // A cause seen only at the very end: its examples come from the second thread alone.
  const oom = 'Out of memory: Killed process 362 (node) total-vm:22457500kB, anon-rss:691864kB\n'
  writeFileSync(file, `${lab}${odd}${lab}${oom}`)
  const split = { NGINX_502_DOCTOR_PARALLEL_MIN_BYTES: '1' }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([[['--json']], [['--findings']], [[]]])('prints what one thread prints (%j)', (args) => {
    const one = cli([...args, file])
    const two = cli([...args, file], '', split)
    expect(two.err).toBe('')
    expect(two.code).toBe(0)
    expect(one.out.length).toBeGreaterThan(1000)
    expect(two.out).toBe(one.out)
  })

  it.each(['', 'one line', 'two\nlines\n'])('reads a file too small to split (%j)', (text) => {
    const small = join(dir, 'small.log')
    writeFileSync(small, text)
    const { code, out, err } = cli(['--json', small], '', split)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(jsonLines(out)).toHaveLength(text === '' ? 0 : text.split('\n').filter(Boolean).length)
  })

  it('numbers the second half from where the first ends', () => {
    const { findings } = JSON.parse(cli(['--findings', file], '', split).out) as {
      findings: { cause: string; examples: { line: number; text: string }[] }[]
    }
    const lines = readFileSync(file, 'utf8').split('\n')
    const oomFinding = findings.find((finding) => finding.cause === 'oom-kill')
    expect(oomFinding?.examples[0]?.line).toBe(lines.length - 1)
    for (const { examples } of findings) {
      for (const { line, text } of examples) expect(lines[line - 1]).toContain(text)
    }
  })

  it('keeps non-ASCII text intact in the second half', () => {
    const records = jsonLines(cli(['--json', file], '', split).out) as { request?: unknown }[]
    const paths = records.flatMap((r) => JSON.stringify(r.request ?? '').match(/café|ß/g) ?? [])
    expect(paths.length).toBeGreaterThan(2)
    expect(records.at(-1)).toMatchObject({ line: records.length })
  })
})

describe('nginx-502-doctor on exports whose records need what came before', () => {
  // The lab's genuine lines as Kibana's "Generate CSV" writes them (escapeValue's quoting), and
  // as journalctl -o export writes them (a record of KEY=value lines, a blank line after it).
  // Repeated, so that the halves a log file would be cut into fall inside the export.
  const lines = Array<string[]>(25)
    .fill(readFileSync(`${LAB}refused.log`, 'utf8').split('\n').filter(Boolean))
    .flat()
  const EXPORTS: Record<string, string> = {
    'discover.csv': [
      '"@timestamp",message,"host.name"',
      ...lines.map(
        (m, i) => `"Dec 2, 2026 @ 02:25:${i}.000","${m.replaceAll('"', '""')}","web-${i % 2}"`,
      ),
    ].join('\n'),
    'journal.export': lines
      .map((m, i) => `__CURSOR=s=${i}\n_HOSTNAME=web-${i % 2}\nMESSAGE=${m}\n`)
      .join('\n'),
  }
  const dir = mkdtempSync(join(tmpdir(), 'n5d-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(Object.keys(EXPORTS))('%s is read whole, never in two halves', (name) => {
    const file = join(dir, name)
    writeFileSync(file, `${EXPORTS[name]}\n`)
    const one = cli(['--findings', file])
    const split = cli(['--findings', file], '', { NGINX_502_DOCTOR_PARALLEL_MIN_BYTES: '1' })
    expect(split.out).toBe(one.out)
    const { findings } = JSON.parse(one.out) as {
      findings: { cause: string; lines: number; instances?: { name: string; lines: number }[] }[]
    }
    expect(findings[0]?.cause).toBe('upstream-refused')
    // Every evidence line is placed on the host its record names.
    const placed = findings[0]?.instances?.reduce((n, i) => n + i.lines, 0)
    expect(placed).toBe(findings[0]?.lines)
    expect(findings[0]?.instances?.every((i) => /^web-[01]$/.test(i.name))).toBe(true)
  })
})

describe('nginx-502-doctor on a file of many chunks', () => {
  // About 300 KB of lines with two- and three-byte characters, so some fall across the 64 KB
  // pieces the file is read in; what comes out must be what reading it whole gives.
  const text = Array.from(
    { length: 2000 },
    (_, i) =>
      `2026/11/22 03:00:${String(i % 60).padStart(2, '0')} [error] 7#7: *${i} connect() ` +
      `failed (111: Connection refused) while connecting to upstream, client: 10.0.0.${i % 250}, ` +
      `server: café-${i}.example, request: "GET /日本/${'é'.repeat(i % 7)} HTTP/1.1", ` +
      `upstream: "http://127.0.0.1:${3000 + (i % 5)}/", host: "café-${i}.example"\n`,
  ).join('')
  const dir = mkdtempSync(join(tmpdir(), 'n5d-'))
  const file = join(dir, 'big.log')
  writeFileSync(file, text)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const expected = analyzeText(text.slice(0, -1)).map(toJsonLine).join('')

  it('reads every line whole across the pieces', () => {
    expect(text.length).toBeGreaterThan(4 * 65536)
    const { code, out } = cli(['--json', file])
    expect(code).toBe(0)
    expect(out).toBe(expected)
  })

  it('keeps a broken character at the end of a piece where it was', () => {
    // A lone lead byte ends the first 64 KB and plain ASCII follows: the decoder holds the byte
    // back, so the next piece must go through it too, or the byte would surface at the end.
    const ascii = text.replace(/[^\n -~]/g, 'e')
    const bytes = Buffer.concat([
      Buffer.from(ascii.slice(0, 65535)),
      Buffer.from([0xc3]),
      Buffer.from(ascii.slice(65535)),
    ])
    const broken = join(dir, 'broken.log')
    writeFileSync(broken, bytes)
    const whole = analyzeText(bytes.toString('utf8').slice(0, -1)).map(toJsonLine).join('')
    expect(cli(['--json', broken]).out).toBe(whole)
  })

  it('reads a pipe named as a file, as <(zcat error.log.gz) gives one', () => {
    const result = spawnSync(
      'bash',
      ['-c', 'exec "$0" bin/nginx-502-doctor.js --json <(cat "$1")', process.execPath, file],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(expected)
  })
})

describe('nginx-502-doctor errors', () => {
  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--json', '--findings'], /cannot be used together/],
    [['/nonexistent/error.log'], /cannot read \/nonexistent\/error\.log/],
    [['lab'], /cannot read lab: it is a directory/],
    [['--setup', 'place=home'], /--setup: unknown key "place"/],
    [['--setup=runtime=podman'], /--setup: runtime is one of systemd, docker/],
    [['--setup'], /--setup needs KEY=VALUE/],
    [['--config'], /--config needs a FILE/],
    [['--config', '/nonexistent/nginx.conf'], /cannot read \/nonexistent\/nginx\.conf/],
  ])('exits 2 with one line on stderr for %j', (args, message) => {
    const { code, out, err } = cli(args)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toMatch(message)
    expect(err.trim().split('\n')).toHaveLength(1)
  })
})
