import { create } from 'zustand'

/** The inputs of a diagnosis; everything shown is derived from them. */
export interface LogState {
  logText: string
  setLogText: (text: string) => void
  /** Adds text below what is there, on a line of its own. */
  appendLogText: (text: string) => void
}

export const useLogStore = create<LogState>()((set) => ({
  logText: '',
  setLogText: (text) => set({ logText: text }),
  appendLogText: (text) =>
    set(({ logText }) => {
      if (logText === '') return { logText: text }
      const sep = logText.endsWith('\n') ? '' : '\n'
      return { logText: logText + sep + text }
    }),
}))
