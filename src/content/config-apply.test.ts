import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS_CONFIGS } from '../core/config/corpus/configs.ts'
import { readConfigPaste } from '../core/config/dump.ts'
import { setupFromConfig } from '../core/config/setup-from-config.ts'
import { applySteps, nginxPlace } from './config-apply.ts'
import { checkReadConfig } from './config-report.ts'

const root = mkdtempSync(join(tmpdir(), 'apply-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// A posted config as the command line reads a --config file: under its own name.
const PATH = '/etc/nginx/sites-enabled/kibana'
const kibana = CORPUS_CONFIGS.find((c) => c.title.startsWith('Kibana upstream'))!

describe('the one command that applies every edit', () => {
  const report = checkReadConfig(
    readConfigPaste(`# configuration file ${PATH}:\n${kibana.text}`),
    [],
    {},
    [],
  )

  it('runs as written (here without sudo, under a scratch root) and leaves the edited file', () => {
    expect(report.apply.patch).not.toBeNull()
    const file = join(root, PATH)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, report.edited[0]!.before)
    const command = report.apply.patch!.replace(/^sudo /, '').replace(' -d / ', ` -d ${root} `)
    const ran = spawnSync('bash', ['-c', command], { encoding: 'utf8' })
    expect(ran.status, ran.stderr).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(report.edited[0]!.after)
    // -b: the old text is kept beside it.
    expect(readFileSync(`${file}.orig`, 'utf8')).toBe(report.edited[0]!.before)
  })

  it('ends its here-document at a line the diff does not have', () => {
    const steps = applySteps('host', '--- /a\n+++ /a\n@@ -1 +1 @@\n-EOF\n+EOF_\n', true)
    expect(steps.patch!.split('\n')[0]).toBe("sudo patch -b -d / -p1 <<'EOF__'")
    expect(steps.patch!.endsWith('\nEOF__')).toBe(true)
  })

  it('is not offered without file names, nor inside a container', () => {
    expect(applySteps('host', 'x\n', false)).toMatchObject({ patch: null })
    expect(applySteps('compose', 'x\n', true).reload).toContain('docker compose exec')
    expect(applySteps('compose', 'x\n', true).patch).toBeNull()
    expect(applySteps('kubernetes', 'x\n', true).reload).toContain('kubectl')
  })
})

describe('where nginx runs', () => {
  it.each([
    ['resolver 127.0.0.11;', 'compose'],
    ['resolver kube-dns.kube-system.svc.cluster.local;', 'kubernetes'],
    ['location / { proxy_pass http://${BACKEND_HOST}:8000; }', 'compose'],
    ['location / { proxy_pass http://127.0.0.1:8000; }', 'host'],
    // A service name says where the backend is, not nginx.
    ['location / { proxy_pass http://app:8000; }', 'host'],
  ])('%s: %s', (text, place) => {
    expect(nginxPlace([], setupFromConfig(readConfigPaste(text)))).toBe(place)
  })
})
