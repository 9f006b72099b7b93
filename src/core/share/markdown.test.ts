import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../log/analyze.ts'
import { createFindingsCollector } from '../log/findings.ts'
import { slotValuesFromFacts } from '../fix/fill-template.ts'
import type { CauseGuide } from '../fix/types.ts'
import { diagnosisMarkdown } from './markdown.ts'

const GUIDE: CauseGuide = {
  cause: 'socket-missing',
  explain: ['x'],
  usual: ['y'],
  confirm: [
    { kind: 'command', text: 'ls -l {socket}', expect: 'the file' },
    { kind: 'command', text: 'docker compose ps', expect: 'up', when: { runtime: ['docker'] } },
  ],
  fix: [
    {
      id: 'fix-socket-path',
      title: 'Point nginx at the real socket',
      why: 'the path is wrong',
      tradeoff: 'none',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          text: 'fastcgi_pass unix:{socket};',
        },
        { kind: 'command', text: 'systemctl restart {service}', when: { runtime: ['systemd'] } },
      ],
    },
  ],
  prevent: ['z'],
}

describe('the diagnosis card', () => {
  const text = readFileSync(
    new URL('../../../lab/captured/socket-missing.log', import.meta.url),
    'utf8',
  )
  const collector = createFindingsCollector()
  for (const r of analyzeText(text)) collector.add(r, r.text)
  const findings = collector.findings()
  const finding = findings.find((f) => f.cause === 'socket-missing')!
  const card = diagnosisMarkdown({
    finding,
    title: 'The socket file does not exist',
    plain: 'nginx found no file at the socket path.',
    guide: GUIDE,
    fix: GUIDE.fix[0],
    findings,
    evidence: ['line one with ``` fences'],
    values: { ...slotValuesFromFacts(finding.sample), service: 'php8.2-fpm' },
    setup: { runtime: 'docker' },
    link: 'https://502.example/#v1.abc',
  })

  it('has symptom, evidence, cause, checks, fix, verify and the link', () => {
    expect(card).toContain('### 502 Doctor: The socket file does not exist (`socket-missing`)')
    expect(card).toMatch(/\*\*Symptom:\*\* clients got 502; \d+ log lines? between/)
    expect(card).toContain('**Cause:** nginx found no file at the socket path.')
    expect(card).toMatch(/ls -l \/tmp\/\S+missing\.sock/)
    expect(card).toContain('fastcgi_pass unix:/tmp/')
    expect(card).toContain('**Verify:**')
    expect(card).toContain('[Open this diagnosis in 502 Doctor](https://502.example/#v1.abc)')
  })

  it('follows the setup: the Docker check is in, the systemd-only step is out', () => {
    expect(card).toContain('docker compose ps')
    expect(card).not.toContain('systemctl restart php8.2-fpm')
  })

  it('without a config, says nothing of one', () => {
    expect(card).not.toContain('In the nginx config')
  })

  it('with one, lists its mistakes as the link carries them', () => {
    const withConfig = diagnosisMarkdown({
      finding,
      title: 'The socket file does not exist',
      plain: 'x',
      guide: GUIDE,
      fix: undefined,
      findings,
      evidence: [],
      values: {},
      setup: {},
      link: 'https://502.example/#v1.abc',
      config: [
        {
          check: 'fastcgi-socket-mismatch',
          file: '/etc/nginx/sites-enabled/site-1',
          line: 12,
          directive: 'fastcgi_pass unix:/run/php/php7.4-fpm.sock',
          confirmed: true,
        },
      ],
    })
    expect(withConfig).toContain(
      '**In the nginx config** (redacted):\n```text\nfastcgi-socket-mismatch  /etc/nginx/sites-enabled/site-1:12  fastcgi_pass unix:/run/php/php7.4-fpm.sock\n```',
    )
  })

  it('keeps evidence with backticks inside its code block', () => {
    expect(card).toContain('````text\nline one with ``` fences\n````')
  })
})
