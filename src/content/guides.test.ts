import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { fillTemplate, SLOT_NAMES } from '../core/fix/fill-template.ts'
import type { CauseGuide, SetupAnswers, SetupQuestion, Step, When } from '../core/fix/types.ts'
import { CAUSE_GUIDES } from './guides/index.ts'
import { SAMPLE_SLOTS } from './sample-slots.ts'

/** Every answer of every setup question; the type check below keeps it complete. */
const ANSWERS = {
  backend: ['node', 'php-fpm', 'python', 'uwsgi', 'java', 'other'],
  runtime: ['systemd', 'docker', 'kubernetes', 'pm2', 'supervisor', 'other'],
  location: ['same-host', 'other-host', 'container'],
  distro: ['debian', 'rhel', 'other'],
  front: ['nothing', 'cloudflare', 'cloud-lb'],
} as const satisfies { [Q in SetupQuestion]-?: readonly NonNullable<SetupAnswers[Q]>[] }

type Unlisted = {
  [Q in SetupQuestion]: Exclude<NonNullable<SetupAnswers[Q]>, (typeof ANSWERS)[Q][number]>
}[SetupQuestion]
const everyAnswerListed: [Unlisted] extends [never] ? true : false = true

const SAMPLE = SAMPLE_SLOTS

/** `{name}` that is not `${name}` (shell, JS) or `%{name}` (curl): it must be a slot. */
const PLACEHOLDER = /(?<![$%{])\{([A-Za-z_][A-Za-z0-9_]*)\}/g

function allSteps(guide: CauseGuide): Step[] {
  return [...guide.confirm, ...guide.fix.flatMap((option) => option.steps)]
}

/** Every template string of a guide, with where it comes from. */
function allTexts(guide: CauseGuide): [string, string][] {
  const texts: [string, string][] = []
  guide.explain.forEach((t, i) => texts.push([`explain[${i}]`, t]))
  guide.usual.forEach((t, i) => texts.push([`usual[${i}]`, t]))
  guide.prevent.forEach((t, i) => texts.push([`prevent[${i}]`, t]))
  guide.confirm.forEach((s, i) => {
    texts.push([`confirm[${i}].text`, s.text])
    if (s.expect !== undefined) texts.push([`confirm[${i}].expect`, s.expect])
  })
  guide.fix.forEach((option, i) => {
    texts.push([`fix[${i}].title`, option.title], [`fix[${i}].why`, option.why])
    texts.push([`fix[${i}].tradeoff`, option.tradeoff])
    option.steps.forEach((s, j) => {
      texts.push([`fix[${i}].steps[${j}].text`, s.text])
      if (s.kind === 'command' && s.expect !== undefined) {
        texts.push([`fix[${i}].steps[${j}].expect`, s.expect])
      }
      if (s.kind === 'snippet' && s.file !== undefined) {
        texts.push([`fix[${i}].steps[${j}].file`, s.file])
      }
    })
  })
  return texts
}

function allWhens(guide: CauseGuide): When[] {
  return [
    ...guide.fix.flatMap((option) => (option.when === undefined ? [] : [option.when])),
    ...allSteps(guide).flatMap((step) => (step.when === undefined ? [] : [step.when])),
  ]
}

describe('cause guides', () => {
  it('cover exactly the contract cause ids, each under its own id', () => {
    expect(everyAnswerListed).toBe(true)
    expect(Object.keys(CAUSE_GUIDES).sort()).toEqual([...CAUSE_IDS].sort())
    for (const cause of CAUSE_IDS) expect(CAUSE_GUIDES[cause].cause).toBe(cause)
  })

  describe.each(CAUSE_IDS)('%s', (cause) => {
    const guide = CAUSE_GUIDES[cause]

    it('has every section filled', () => {
      expect(guide.explain.length).toBeGreaterThan(0)
      expect(guide.usual.length).toBeGreaterThan(0)
      expect(guide.confirm.length).toBeGreaterThan(0)
      expect(guide.fix.length).toBeGreaterThan(0)
      expect(guide.prevent.length).toBeGreaterThan(0)
      for (const option of guide.fix) expect(option.steps.length).toBeGreaterThan(0)
    })

    it('has no empty text anywhere', () => {
      for (const [where, text] of allTexts(guide)) {
        expect(text.trim(), `${cause} ${where}`).not.toBe('')
      }
    })

    it('uses only slots the engine can fill', () => {
      for (const [where, text] of allTexts(guide)) {
        for (const match of text.matchAll(PLACEHOLDER)) {
          expect(SLOT_NAMES, `${cause} ${where}: {${match[1]}}`).toContain(match[1])
        }
        expect(fillTemplate(text, SAMPLE), `${cause} ${where}`).not.toMatch(
          new RegExp(`<(${SLOT_NAMES.join('|')})>`),
        )
      }
    })

    it('uses only valid setup answers in `when`', () => {
      for (const when of allWhens(guide)) {
        const entries = Object.entries(when) as [SetupQuestion, readonly string[]][]
        expect(entries.length).toBeGreaterThan(0)
        for (const [question, values] of entries) {
          expect(Object.keys(ANSWERS)).toContain(question)
          expect(values.length).toBeGreaterThan(0)
          for (const value of values)
            expect(ANSWERS[question] as readonly string[]).toContain(value)
        }
      }
    })

    it('gives every check something to look for', () => {
      for (const step of guide.confirm) expect(step.expect?.trim() ?? '').not.toBe('')
    })

    it('keeps the checks read-only', () => {
      const command =
        /(?:^|[;&|(]\s*|sudo\s+)(kill|pkill|rm|tee|chmod|chown|usermod|restorecon|semodule|setsebool|fallocate|mkswap|swapon(?!\s+--show))\s/m
      const subcommand =
        /\b(systemctl (restart|reload|start|stop|enable|edit|daemon-reload)|semanage (port|fcontext|boolean) -[adm]|sed -i|sysctl -w|docker compose (up|down|restart|exec \S+ nginx -s)|kubectl (apply|delete|edit|patch|rollout|scale)|pm2 (restart|reload|start|stop|delete)|supervisorctl (restart|start|stop)|nginx -s)\b/
      const changing = new RegExp(`${command.source}|${subcommand.source}`, 'm')
      for (const step of guide.confirm) expect(step.text, cause).not.toMatch(changing)
    })

    it('has commands that are valid bash once filled', () => {
      for (const step of allSteps(guide)) {
        if (step.kind !== 'command') continue
        const filled = fillTemplate(step.text, SAMPLE)
        const result = spawnSync('bash', ['-n', '-c', filled], { encoding: 'utf8' })
        expect(result.status, `${cause}: ${filled}\n${result.stderr}`).toBe(0)
      }
    })

    it('puts nginx snippets at an nginx context', () => {
      for (const step of allSteps(guide)) {
        if (step.kind !== 'snippet') continue
        if (step.language === 'nginx') {
          expect(['http', 'server', 'location', 'upstream', 'file']).toContain(step.context)
        } else {
          expect(step.context, `${cause}: ${step.language} snippet`).toBe('file')
          expect(step.file ?? '', `${cause}: ${step.language} snippet needs a file`).not.toBe('')
        }
      }
    })
  })
})
