import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { SharedDiagnosis } from '../core/permalink/restore.ts'
import { logIdentity, sameLog } from './log-identity.ts'
import { restoreSavedWork, SAVED_WORK_KEY, toSavedWork } from './saved-work.ts'
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
  /** nginx's configuration as the person pasted it (`nginx -T`), optional. */
  configText: string
  /** The person's answers to tree questions, by node id (override the log's). */
  answers: Readonly<Record<NodeId, string>>
  /** The order the person answered in, so Back can undo the last one. */
  answerOrder: readonly NodeId[]
  /** Info nodes the person has read and moved past. */
  passed: readonly NodeId[]
  /** The person's setup answers (override what the log suggests). */
  setup: SetupAnswers
  /** Questions whose answer read from the log the person is not sure of: treated as open. */
  unsure: readonly SetupQuestion[]
  /** Values the person typed for placeholders (service name, config path ...). */
  slots: SlotValues
  /** The finding the person opened, or null for the first-ranked one. */
  chosen: CauseId | null
  /**
   * A few lines of the log the answers, setup and choice were made for (see log-identity.ts).
   * When a log keeping none of them replaces it, those belong to another incident and are
   * forgotten, so yesterday's answers never override what today's log says.
   */
  answeredFor: readonly string[]
  /**
   * Set while a shared link is shown. Nothing is saved meanwhile, so opening a colleague's
   * link never overwrites the person's own work.
   */
  shared: SharedDiagnosis | null

  setLogText: (text: string) => void
  setConfigText: (text: string) => void
  /** Adds text below what is there, on a line of its own. */
  appendLogText: (text: string) => void
  answer: (node: NodeId, value: string) => void
  pass: (node: NodeId) => void
  /** Undoes the last answer or pass. */
  back: () => void
  /** Forgets the answers and passes (the log and typed values stay). */
  restart: () => void
  /**
   * Goes back to `node` of `path` (the walk's node ids, in order): forgets the answers and
   * passes at that node and after it, so the walk stops there again.
   */
  goTo: (node: NodeId, path: readonly NodeId[]) => void
  setSetup: <Q extends SetupQuestion>(question: Q, value: SetupAnswers[Q] | undefined) => void
  /** "Not sure": forgets the person's answer and sets aside the log's guess for `question`. */
  doubt: (question: SetupQuestion) => void
  setSlot: (name: SlotName, value: string) => void
  choose: (cause: CauseId | null) => void
  /** Shows a shared diagnosis without touching the saved work. */
  openShared: (diagnosis: SharedDiagnosis) => void
  /** Leaves the shared diagnosis and brings back the person's own saved work. */
  leaveShared: () => Promise<void>
  /** Continues from the shared diagnosis: from now on it is the person's own work. */
  keepShared: () => void
  /** Clears everything (the page asks first). */
  startOver: () => void
}

const EMPTY = {
  logText: '',
  configText: '',
  answers: {},
  answerOrder: [],
  passed: [],
  setup: {},
  unsure: [],
  slots: {},
  chosen: null,
  answeredFor: [],
  shared: null,
}

/** What a new incident starts without: the walk, the setup and the open finding. */
const NO_ANSWERS = {
  answers: {},
  answerOrder: [],
  passed: [],
  setup: {},
  unsure: [],
  chosen: null,
  answeredFor: [],
}

/** localStorage that never throws (private mode, quota exceeded): saving is best effort. */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return globalThis.localStorage?.getItem(name) ?? null
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      globalThis.localStorage?.setItem(name, value)
    } catch {
      // Quota or privacy settings: the work stays on screen, it just is not kept.
    }
  },
  removeItem: (name) => {
    try {
      globalThis.localStorage?.removeItem(name)
    } catch {
      // Same as above.
    }
  },
}

// While a shared link is shown, writes are skipped: the person's saved work stays as it was.
const guardedStorage: StateStorage = {
  ...safeStorage,
  setItem: (name, value) => {
    if (useLogStore.getState().shared === null) safeStorage.setItem(name, value)
  },
}

export const useLogStore = create<LogState>()(
  persist(
    (set) => ({
      ...EMPTY,
      setLogText: (text) =>
        set(({ answeredFor }) =>
          // A blank box is a step between two pastes, not a new log: decide on what comes next.
          answeredFor.length === 0 || !/\S/.test(text) || sameLog(answeredFor, text)
            ? { logText: text }
            : { ...NO_ANSWERS, logText: text },
        ),
      setConfigText: (text) => set({ configText: text }),
      appendLogText: (text) =>
        set(({ logText }) => {
          if (logText === '') return { logText: text }
          const sep = logText.endsWith('\n') ? '' : '\n'
          return { logText: logText + sep + text }
        }),
      answer: (node, value) =>
        set(({ answers, answerOrder, logText }) => ({
          answers: { ...answers, [node]: value },
          answerOrder: [...answerOrder.filter((id) => id !== node), node],
          answeredFor: logIdentity(logText),
        })),
      pass: (node) =>
        set(({ passed, answerOrder, logText }) => ({
          passed: passed.includes(node) ? passed : [...passed, node],
          answerOrder: [...answerOrder.filter((id) => id !== node), node],
          answeredFor: logIdentity(logText),
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
      goTo: (node, path) =>
        set(({ answers, answerOrder, passed }) => {
          const at = path.indexOf(node)
          const forget = new Set(at < 0 ? [node] : path.slice(at))
          return {
            answers: Object.fromEntries(Object.entries(answers).filter(([id]) => !forget.has(id))),
            answerOrder: answerOrder.filter((id) => !forget.has(id)),
            passed: passed.filter((id) => !forget.has(id)),
          }
        }),
      setSetup: (question, value) =>
        set(({ setup, unsure, logText }) => {
          const next: SetupAnswers = { ...setup }
          if (value === undefined) delete next[question]
          else Object.assign(next, { [question]: value })
          return {
            setup: next,
            unsure: unsure.filter((q) => q !== question),
            answeredFor: logIdentity(logText),
          }
        }),
      doubt: (question) =>
        set(({ setup, unsure, logText }) => {
          const next: SetupAnswers = { ...setup }
          delete next[question]
          return {
            setup: next,
            unsure: unsure.includes(question) ? unsure : [...unsure, question],
            answeredFor: logIdentity(logText),
          }
        }),
      setSlot: (name, value) =>
        set(({ slots }) => {
          const next: SlotValues = { ...slots }
          if (value === '') delete next[name]
          else next[name] = value
          return { slots: next }
        }),
      choose: (cause) =>
        set(({ logText }) => ({ chosen: cause, answeredFor: logIdentity(logText) })),
      openShared: (diagnosis) =>
        set({
          shared: diagnosis,
          logText: diagnosis.lines.join('\n'),
          answers: diagnosis.answers ?? {},
          answerOrder: Object.keys(diagnosis.answers ?? {}),
          passed: diagnosis.passed ?? [],
          setup: diagnosis.setup ?? {},
          unsure: [],
          slots: diagnosis.slots ?? {},
          chosen: diagnosis.chosen ?? null,
          answeredFor: logIdentity(diagnosis.lines.join('\n')),
        }),
      leaveShared: async () => {
        // Clear while still marked shared (so nothing is written), read the saved work back,
        // and only then resume saving.
        set(({ shared }) => ({ ...EMPTY, shared }))
        await useLogStore.persist.rehydrate()
        set({ shared: null })
      },
      keepShared: () => set({ shared: null }),
      startOver: () => set({ ...EMPTY }),
    }),
    {
      name: SAVED_WORK_KEY,
      version: 1,
      storage: createJSONStorage(() => guardedStorage),
      partialize: (state) => toSavedWork(state),
      merge: (saved, current) => ({ ...current, ...restoreSavedWork(saved) }),
    },
  ),
)
