// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://127.0.0.1/"}
import { afterEach, describe, expect, it } from 'vitest'
import { useLogStore } from './log-store.ts'
import { SAVED_WORK_KEY } from './saved-work.ts'

afterEach(() => {
  useLogStore.setState(useLogStore.getInitialState(), true)
  localStorage.clear()
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

  it('goes back to a node of the path, forgetting it and what came after', () => {
    const s = useLogStore.getState()
    s.answer('start', 'no-log')
    s.pass('find_log')
    s.answer('backend_running', 'not-running')
    s.answer('ipv6', 'yes')
    s.goTo('find_log', ['start', 'find_log', 'backend_running', 'why_down'])
    expect(useLogStore.getState()).toMatchObject({
      answers: { start: 'no-log', ipv6: 'yes' },
      answerOrder: ['start', 'ipv6'],
      passed: [],
    })
    s.goTo('ipv6', ['start', 'find_log'])
    expect(useLogStore.getState().answers).toEqual({ start: 'no-log' })
  })
})

describe('saved work', () => {
  const saved = () =>
    JSON.parse(localStorage.getItem(SAVED_WORK_KEY) ?? 'null') as {
      version: number
      state: { logText: string }
    } | null

  it('keeps the inputs in browser storage, versioned', () => {
    useLogStore.getState().setLogText('my log')
    expect(saved()).toMatchObject({ version: 1, state: { logText: 'my log', answers: {} } })
  })

  it('does not save while a shared link is shown, and brings the own work back', async () => {
    useLogStore.getState().setLogText('my own log')
    useLogStore
      .getState()
      .openShared({ v: 1, lines: ['shared line'], setup: { runtime: 'docker' } })
    useLogStore.getState().setLogText('edited shared')
    expect(saved()?.state.logText).toBe('my own log')
    await useLogStore.getState().leaveShared()
    expect(useLogStore.getState()).toMatchObject({ logText: 'my own log', shared: null, setup: {} })
  })

  it('keeps the shared diagnosis as own work only when asked', () => {
    useLogStore.getState().openShared({ v: 1, lines: ['a', 'b'] })
    useLogStore.getState().keepShared()
    useLogStore.getState().setLogText('a\nb\nc')
    expect(saved()?.state.logText).toBe('a\nb\nc')
  })

  it('ignores tampered storage instead of crashing', async () => {
    localStorage.setItem(
      SAVED_WORK_KEY,
      JSON.stringify({
        version: 1,
        state: { logText: 42, answers: { __proto__: 'x', ok: 'y' }, setup: { runtime: 'ufo' } },
      }),
    )
    await useLogStore.persist.rehydrate()
    expect(useLogStore.getState()).toMatchObject({ logText: '', answers: { ok: 'y' }, setup: {} })
  })
})
