import { SLOT_NAMES, type SlotValues } from '../core/fix/fill-template.ts'
import { restoreSetup, SETUP_CHOICES } from '../core/fix/setup-choices.ts'
import { isCauseId, type CauseId } from '../core/causes.ts'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'

const SETUP_QUESTION_IDS = Object.keys(SETUP_CHOICES) as SetupQuestion[]

/** The part of the store kept in this browser across reloads, crashes and closed tabs. */
export interface SavedWork {
  logText: string
  /** The pasted nginx configuration; it stays in this browser like the log. */
  configText: string
  answers: Readonly<Record<string, string>>
  answerOrder: readonly string[]
  passed: readonly string[]
  setup: SetupAnswers
  /** Setup questions whose guess from the log the person set aside. */
  unsure: readonly SetupQuestion[]
  slots: SlotValues
  chosen: CauseId | null
  /** Lines of the log the answers were made for (see log-store.ts). */
  answeredFor: readonly string[]
}

/** The storage key; the version lives in zustand's persist envelope (`version: 1`). */
export const SAVED_WORK_KEY = '502-doctor.work'

/**
 * The most text kept across reloads. Browser storage holds about 5 MB per site; a bigger
 * paste keeps its first part (the page says so) rather than failing to save at all.
 */
export const MAX_SAVED_TEXT = 2_000_000

const NODE_ID = /^[A-Za-z0-9_]{1,64}$/
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype'])

/** Validates what storage returned (another tab, an old version, a hand edit): never trusts it. */
export function restoreSavedWork(value: unknown): Partial<SavedWork> {
  if (typeof value !== 'object' || value === null) return {}
  const v = value as Record<string, unknown>
  const work: Partial<SavedWork> = {}
  if (typeof v.logText === 'string') work.logText = v.logText
  if (typeof v.configText === 'string') work.configText = v.configText
  if (typeof v.answers === 'object' && v.answers !== null) {
    work.answers = Object.fromEntries(
      Object.entries(v.answers).filter(
        ([k, a]) => NODE_ID.test(k) && !UNSAFE.has(k) && typeof a === 'string' && a.length < 200,
      ),
    ) as Record<string, string>
  }
  const ids = (list: unknown) =>
    Array.isArray(list)
      ? list.filter((id): id is string => typeof id === 'string' && NODE_ID.test(id))
      : []
  work.answerOrder = ids(v.answerOrder)
  work.passed = ids(v.passed)
  work.setup = restoreSetup(v.setup)
  work.unsure = Array.isArray(v.unsure)
    ? SETUP_QUESTION_IDS.filter((question) => (v.unsure as unknown[]).includes(question))
    : []
  const slots: SlotValues = {}
  if (typeof v.slots === 'object' && v.slots !== null) {
    for (const name of SLOT_NAMES) {
      const given = (v.slots as Record<string, unknown>)[name]
      if (typeof given === 'string' && given.length < 200) slots[name] = given
    }
  }
  work.slots = slots
  work.chosen = isCauseId(v.chosen) ? v.chosen : null
  // Work saved before this was kept has none: its answers stay until the person changes them.
  work.answeredFor = Array.isArray(v.answeredFor)
    ? v.answeredFor
        .filter((line): line is string => typeof line === 'string' && line.length <= 200)
        .slice(0, 3)
    : []
  return work
}

/** What to write: the inputs, with an oversized paste cut to {@link MAX_SAVED_TEXT}. */
export function toSavedWork(state: SavedWork): SavedWork {
  const cut = (text: string) =>
    text.length > MAX_SAVED_TEXT ? text.slice(0, MAX_SAVED_TEXT) : text
  return {
    logText: cut(state.logText),
    configText: cut(state.configText),
    answers: state.answers,
    answerOrder: state.answerOrder,
    passed: state.passed,
    setup: state.setup,
    unsure: state.unsure,
    slots: state.slots,
    chosen: state.chosen,
    answeredFor: state.answeredFor,
  }
}
