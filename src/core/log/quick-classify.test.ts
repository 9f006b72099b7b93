import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyLine } from './classify-line.ts'
import { PUBLIC_CASES } from './public-cases.ts'
import { createQuickClassifier } from './quick-classify.ts'

// The quick reader must say exactly what the full reader says about every fact a finding
// uses, on every real line we have, also the second time it sees a message shape (when it
// answers from memory).
const DIR = new URL('../../../lab/captured/', import.meta.url)
const labLines = readdirSync(DIR)
  .filter((name) => name.endsWith('.log'))
  .flatMap((name) => readFileSync(new URL(name, DIR), 'utf8').split('\n'))
const lines = [...labLines, ...PUBLIC_CASES.map((c) => c.line)].filter(Boolean)

const summaryFacts = (raw: string, classify: typeof classifyLine) => {
  const { cause, facts } = classify(raw)
  return {
    cause,
    time: facts.time,
    status: facts.status,
    server: facts.server || undefined,
    address: facts.upstream?.address,
  }
}

describe('quick classifier', () => {
  it('agrees with the full reader on every real line, first and second time', () => {
    const quick = createQuickClassifier()
    for (const round of [1, 2]) {
      for (const line of lines) {
        expect(summaryFacts(line, quick), `round ${round}: ${line}`).toEqual(
          summaryFacts(line, classifyLine),
        )
      }
    }
  })

  it('keeps apart lines that differ only in the kind of upstream', () => {
    const quick = createQuickClassifier()
    const v4 = lines.find((l) => l.includes('connect() failed (111') && l.includes('127.0.0.1:'))!
    const v6 = v4.replace(/upstream: "http:\/\/127\.0\.0\.1:(\d+)/, 'upstream: "http://[::1]:$1')
    expect(quick(v4).cause).toBe('upstream-refused')
    expect(quick(v6).cause).toBe('upstream-refused-ipv6')
    expect(quick(v4).cause).toBe('upstream-refused')
  })
})
