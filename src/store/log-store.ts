import { create } from 'zustand'
import type { CauseId } from '../core/causes.ts'
import type { SlotName, SlotValues } from '../core/fix/fill-template.ts'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import type { NodeId } from '../core/tree/types.ts'

/**
 * The inputs of a diagnosis: what the person pasted, answered, filled in and chose.
 * Everything shown (findings, the path through the tree, filled fixes) is derived from these
 * by core functions; nothing derived is stored.
 */
export interface LogState {
  logText: string
  /** The person's answers to tree questions, by node id (override the log's). */
  answers: Readonly<Record<NodeId, string>>
  /** The order the person answered in, so Back can undo the last one. */
  answerOrder: readonly NodeId[]
  /** Info nodes the person has read and moved past. */
  passed: readonly NodeId[]
  /** The person's setup answers (override what the log suggests). */
  setup: SetupAnswers
  /** Values the person typed for placeholders (service name, config path ...). */
  slots: SlotValues
  /** The finding the person opened, or null for the first-ranked one. */
  chosen: CauseId | null

  setLogText: (text: string) => void
  /** Adds text below what is there, on a line of its own. */
  appendLogText: (text: string) => void
  answer: (node: NodeId, value: string) => void
  pass: (node: NodeId) => void
  /** Undoes the last answer or pass. */
  back: () => void
  /** Forgets the answers and passes (the log and typed values stay). */
  restart: () => void
  setSetup: <Q extends SetupQuestion>(question: Q, value: SetupAnswers[Q] | undefined) => void
  setSlot: (name: SlotName, value: string) => void
  choose: (cause: CauseId | null) => void
}

export const useLogStore = create<LogState>()((set) => ({
  logText: '',
  answers: {},
  answerOrder: [],
  passed: [],
  setup: {},
  slots: {},
  chosen: null,
  setLogText: (text) => set({ logText: text }),
  appendLogText: (text) =>
    set(({ logText }) => {
      if (logText === '') return { logText: text }
      const sep = logText.endsWith('\n') ? '' : '\n'
      return { logText: logText + sep + text }
    }),
  answer: (node, value) =>
    set(({ answers, answerOrder }) => ({
      answers: { ...answers, [node]: value },
      answerOrder: [...answerOrder.filter((id) => id !== node), node],
    })),
  pass: (node) =>
    set(({ passed, answerOrder }) => ({
      passed: passed.includes(node) ? passed : [...passed, node],
      answerOrder: [...answerOrder.filter((id) => id !== node), node],
    })),
  back: () =>
    set(({ answers, answerOrder, passed }) => {
      const last = answerOrder.at(-1)
      if (last === undefined) return {}
      const { [last]: _dropped, ...rest } = answers
      return {
        answers: rest,
        answerOrder: answerOrder.slice(0, -1),
        passed: passed.filter((id) => id !== last),
      }
    }),
  restart: () => set({ answers: {}, answerOrder: [], passed: [] }),
  setSetup: (question, value) =>
    set(({ setup }) => {
      const next: SetupAnswers = { ...setup }
      if (value === undefined) delete next[question]
      else Object.assign(next, { [question]: value })
      return { setup: next }
    }),
  setSlot: (name, value) =>
    set(({ slots }) => {
      const next: SlotValues = { ...slots }
      if (value === '') delete next[name]
      else next[name] = value
      return { slots: next }
    }),
  choose: (cause) => set({ chosen: cause }),
}))
