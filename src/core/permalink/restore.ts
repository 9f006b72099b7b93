import { isCauseId, type CauseId } from '../causes.ts'
import { isConfigCheckId, type ConfigCheckId } from '../config/check-ids.ts'
import { SLOT_NAMES, type SlotValues } from '../fix/fill-template.ts'
import { restoreSetup } from '../fix/setup-choices.ts'
import type { SetupAnswers } from '../fix/types.ts'

/** A finding's totals, carried when the link holds only a sample of the lines. */
export interface SharedCount {
  cause: CauseId
  lines: number
  first?: string
  last?: string
  /** What the clients got, ascending. */
  statuses?: number[]
  /** The upstreams with their line counts (redacted like the lines), most frequent first. */
  upstreams?: { address: string; lines: number }[]
  otherUpstreamLines?: number
  /** The server names (redacted). */
  servers?: string[]
  /** Lines from nginx's stream{} proxy. */
  stream?: number
  /** The hosts, pods or containers with their line counts (pseudonyms unless asked). */
  instances?: { name: string; lines: number }[]
}

/** A config mistake as a link carries it: where it stands and its line, redacted. */
export interface SharedConfigMistake {
  check: ConfigCheckId
  file: string
  line: number
  directive: string
  confirmed: boolean
}

/**
 * What a permalink carries (version 1). New fields must be optional forever: links already
 * shared keep opening.
 */
export interface SharedDiagnosis {
  v: 1
  /** Evidence lines, as they were pasted (possibly redacted). */
  lines: string[]
  /** Totals per cause when `lines` is a sample of a bigger log. */
  counts?: SharedCount[]
  /** True when `lines` is the whole (redacted) log rather than a sample. */
  whole?: boolean
  /** Answers to tree questions, by node id. */
  answers?: Record<string, string>
  /** Info nodes passed. */
  passed?: string[]
  setup?: SetupAnswers
  /** Values typed for placeholders. */
  slots?: SlotValues
  /** The finding the sender had open. */
  chosen?: CauseId
  /** The sender's config mistakes (never the config itself). */
  config?: SharedConfigMistake[]
}

const MAX_LINES = 5000
const MAX_LINE_LENGTH = 20_000

/** Validates untrusted decoded JSON into a {@link SharedDiagnosis}, or null if anything is off. */
export function restoreDiagnosis(value: unknown): SharedDiagnosis | null {
  if (!isRecord(value) || value.v !== 1) return null
  const { lines, counts } = value
  if (!Array.isArray(lines) || lines.length > MAX_LINES) return null
  if (!lines.every((line) => typeof line === 'string' && line.length <= MAX_LINE_LENGTH)) {
    return null
  }
  const diagnosis: SharedDiagnosis = { v: 1, lines: lines as string[] }
  if (counts !== undefined) {
    if (!Array.isArray(counts) || counts.length > 100) return null
    const restored = counts.map(restoreCount)
    if (restored.some((count) => count === null)) return null
    diagnosis.counts = restored as SharedCount[]
  }
  const config = restoreConfig(value.config)
  if (config.length > 0) diagnosis.config = config
  return restoreChoices(value, diagnosis)
}

const MAX_MISTAKES = 100
const LONG = 2000

/** The config mistakes of a link; a malformed one is dropped, the rest kept. */
function restoreConfig(value: unknown): SharedConfigMistake[] {
  if (!Array.isArray(value)) return []
  return value.slice(0, MAX_MISTAKES).flatMap((m): SharedConfigMistake[] => {
    if (!isRecord(m) || !isConfigCheckId(m.check)) return []
    const { file, line, directive, confirmed } = m
    if (typeof file !== 'string' || typeof directive !== 'string') return []
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return []
    return [
      {
        check: m.check,
        file: file.slice(0, LONG),
        line,
        directive: directive.slice(0, LONG),
        confirmed: confirmed === true,
      },
    ]
  })
}

const NODE_ID = /^[A-Za-z0-9_]{1,64}$/
const SHORT = 200
// Keys that would reach an object's prototype if code ever assigned them naively.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The optional choices of a link: anything unknown or oversized is dropped, not fatal. */
function restoreChoices(
  value: Record<string, unknown>,
  diagnosis: SharedDiagnosis,
): SharedDiagnosis {
  if (value.whole === true) diagnosis.whole = true
  if (isCauseId(value.chosen)) diagnosis.chosen = value.chosen
  if (isRecord(value.answers)) {
    const answers = Object.entries(value.answers).filter(
      ([node, answer]) =>
        NODE_ID.test(node) &&
        !UNSAFE_KEYS.has(node) &&
        typeof answer === 'string' &&
        answer.length <= SHORT,
    )
    if (answers.length > 0)
      diagnosis.answers = Object.fromEntries(answers) as Record<string, string>
  }
  if (Array.isArray(value.passed)) {
    const passed = value.passed.filter(
      (id): id is string => typeof id === 'string' && NODE_ID.test(id),
    )
    if (passed.length > 0) diagnosis.passed = passed
  }
  const setup = restoreSetup(value.setup)
  if (Object.keys(setup).length > 0) diagnosis.setup = setup
  if (isRecord(value.slots)) {
    const slots: SlotValues = {}
    for (const name of SLOT_NAMES) {
      const given = value.slots[name]
      if (typeof given === 'string' && given.length <= SHORT) slots[name] = given
    }
    if (Object.keys(slots).length > 0) diagnosis.slots = slots
  }
  return diagnosis
}

function restoreCount(value: unknown): SharedCount | null {
  if (!isRecord(value) || !isCauseId(value.cause)) return null
  const { lines, first, last } = value
  if (typeof lines !== 'number' || !Number.isInteger(lines) || lines < 0) return null
  const count: SharedCount = { cause: value.cause, lines }
  if (typeof first === 'string') count.first = first.slice(0, 40)
  if (typeof last === 'string') count.last = last.slice(0, 40)
  return withFigures(count, value)
}

const LIST = 50
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0

/** A count's other figures, each kept only when well-formed (older links have none). */
function withFigures(count: SharedCount, value: Record<string, unknown>): SharedCount {
  const { statuses, upstreams, otherUpstreamLines, servers, stream } = value
  if (Array.isArray(statuses) && statuses.length <= LIST && statuses.every(isCount)) {
    count.statuses = statuses
  }
  if (Array.isArray(upstreams) && upstreams.length <= LIST) {
    const kept = upstreams.filter(
      (u): u is { address: string; lines: number } =>
        isRecord(u) &&
        typeof u.address === 'string' &&
        u.address.length <= SHORT &&
        isCount(u.lines),
    )
    if (kept.length === upstreams.length)
      count.upstreams = kept.map(({ address, lines }) => ({ address, lines }))
  }
  if (isCount(otherUpstreamLines)) count.otherUpstreamLines = otherUpstreamLines
  if (
    Array.isArray(servers) &&
    servers.length <= LIST &&
    servers.every((s) => typeof s === 'string' && s.length <= SHORT)
  ) {
    count.servers = servers
  }
  if (isCount(stream)) count.stream = stream
  const { instances } = value
  if (Array.isArray(instances) && instances.length <= LIST) {
    const kept = instances.filter(
      (i): i is { name: string; lines: number } =>
        isRecord(i) && typeof i.name === 'string' && i.name.length <= SHORT && isCount(i.lines),
    )
    if (kept.length === instances.length) {
      count.instances = kept.map(({ name, lines }) => ({ name, lines }))
    }
  }
  return count
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
