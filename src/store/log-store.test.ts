import { afterEach, describe, expect, it } from 'vitest'
import { useLogStore } from './log-store.ts'

afterEach(() => {
  useLogStore.setState(useLogStore.getInitialState(), true)
})

describe('log store', () => {
  it('starts empty', () => {
    expect(useLogStore.getState().logText).toBe('')
  })

  it('replaces the text', () => {
    useLogStore.getState().setLogText('a')
    useLogStore.getState().setLogText('b')
    expect(useLogStore.getState().logText).toBe('b')
  })

  it('appends on a new line without doubling newlines', () => {
    const { appendLogText } = useLogStore.getState()
    appendLogText('one')
    appendLogText('two\n')
    appendLogText('three')
    expect(useLogStore.getState().logText).toBe('one\ntwo\nthree')
  })
})
