import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { createLogRun } from '../log/run.ts'
import { inferSetup, setupInEffect } from '../fix/infer-setup.ts'
import type { SetupAnswers } from '../fix/types.ts'
import type { Finding } from '../log/finding.ts'
import { checkConfig } from './check.ts'
import type { CorpusConfig } from './corpus/configs.ts'
import { ALL_CORPUS_CONFIGS as CORPUS_CONFIGS } from './corpus/index.ts'
import { readConfigPaste } from './dump.ts'

// The first checks are not looked at here.
const NO_CHECKS = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as Record<
  (typeof CAUSE_IDS)[number],
  []
>

/** The answers a thread gives that neither the config nor its log shows (its note says so). */
const THREAD_SETUP: Readonly<Record<string, SetupAnswers>> = {
  'https://github.com/nazar-pc/docker-webserver/issues/18': {
    runtime: 'docker',
    location: 'container',
  },
  // The backend is Node (its 5 s keep-alive is the PR's reason).
  'https://github.com/rolling-scopes/rsschool-app/pull/3084': { backend: 'node' },
}

function logFindings(config: CorpusConfig): Finding[] {
  if (config.log === undefined) return []
  const run = createLogRun({ checks: NO_CHECKS })
  for (const line of config.log.split('\n')) run.push(line)
  run.end()
  return run.findings().map((d) => d.finding)
}

function found(config: CorpusConfig) {
  const findings = logFindings(config)
  const setup = setupInEffect(inferSetup(findings), THREAD_SETUP[config.source] ?? {})
  return checkConfig(readConfigPaste(config.text), { findings, setup })
}

const broken = CORPUS_CONFIGS.filter((c) => c.mistakes.length > 0)
const clean = CORPUS_CONFIGS.filter((c) => c.mistakes.length === 0)

describe('posted configs with the mistake their thread found', () => {
  it.each(broken.filter((c) => c.unread === undefined).map((c) => [c.title, c] as const))(
    '%s',
    (_, config) => {
      const got = found(config).map((f) => `${f.check}@${f.line}`)
      for (const { check, line } of config.mistakes) {
        expect(got, config.source).toContain(`${check}@${line}`)
      }
    },
  )

  // What only the thread shows (`unread` says what): not every mistake is found yet; once
  // they are, say so by removing `unread`.
  it.each(broken.filter((c) => c.unread !== undefined).map((c) => [c.title, c] as const))(
    'not yet: %s',
    (_, config) => {
      const got = found(config).map((f) => `${f.check}@${f.line}`)
      const all = config.mistakes.every((m) => got.includes(`${m.check}@${m.line}`))
      expect(all, config.source).toBe(false)
    },
  )
})

// A thread's log that shows what its mistake causes confirms it.
const withLog = broken.filter((c) => c.unread === undefined && c.log !== undefined)

describe('posted configs with their thread’s log: the log confirms the mistake', () => {
  it.each(withLog.map((c) => [c.title, c] as const))('%s', (_, config) => {
    const causes = new Set(logFindings(config).map((f) => f.cause))
    const got = found(config)
    let shownAny = false
    for (const { check, line } of config.mistakes) {
      const mistake = got.find((f) => f.check === check && f.line === line)
      const shown = mistake?.explains.some((c) => causes.has(c)) === true
      expect(mistake?.confirmed, `${config.source} ${check}@${line}`).toBe(shown)
      shownAny ||= shown
    }
    expect(shownAny, `${config.source}: the log shows what none of its mistakes causes`).toBe(true)
  })
})

describe('posted configs that work raise no check', () => {
  it.each(clean.map((c) => [c.title, c] as const))('%s', (_, config) => {
    expect(
      found(config).map((f) => `${f.check}@${f.line}`),
      config.source,
    ).toEqual([])
  })
})

// The lab's genuine `nginx -T` (nginx 1.22.1 on this machine) and crossplane's test configs
// (fixtures/sources.md): configurations nginx runs as meant, on which no check may fire.
describe('real configurations that are not wrong raise no check', () => {
  const dir = new URL('./fixtures/', import.meta.url)
  const files = [
    'lab-dump.txt',
    'crossplane-includes-globbed-dump.txt',
    ...readdirSync(new URL('crossplane/', dir)).map((name) => `crossplane/${name}`),
  ].filter((name) => /\.(conf|txt)$/.test(name))

  it.each(files)('%s', (name) => {
    const text = readFileSync(new URL(name, dir), 'latin1')
    expect(checkConfig(readConfigPaste(text)).map((f) => `${f.check}@${f.line}`)).toEqual([])
  })
})
