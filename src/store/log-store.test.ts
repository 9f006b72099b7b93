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

describe('wizard inputs', () => {
  it('records answers in order and goes back one at a time', () => {
    const { answer, pass, back } = useLogStore.getState()
    answer('start', 'no-log')
    pass('find_log')
    answer('backend_running', 'running')
    back()
    expect(useLogStore.getState()).toMatchObject({
      answers: { start: 'no-log' },
      passed: ['find_log'],
    })
    back()
    expect(useLogStore.getState().passed).toEqual([])
  })

  it('restarts the walk but keeps the log and typed values', () => {
    const s = useLogStore.getState()
    s.setLogText('x')
    s.setSlot('service', 'shop')
    s.answer('start', 'log')
    s.restart()
    expect(useLogStore.getState()).toMatchObject({
      logText: 'x',
      slots: { service: 'shop' },
      answers: {},
    })
  })

  it('sets and clears setup answers and slot values', () => {
    const s = useLogStore.getState()
    s.setSetup('runtime', 'docker')
    s.setSlot('service', 'api')
    s.setSetup('runtime', undefined)
    s.setSlot('service', '')
    expect(useLogStore.getState()).toMatchObject({ setup: {}, slots: {} })
  })
})
