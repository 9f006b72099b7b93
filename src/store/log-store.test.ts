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

  it('"Not sure" sets a guess aside and forgets the answer; answering takes it back', () => {
    const s = useLogStore.getState()
    s.setSetup('location', 'container')
    s.doubt('location')
    s.doubt('location')
    expect(useLogStore.getState()).toMatchObject({ setup: {}, unsure: ['location'] })
    s.setSetup('location', 'same-host')
    expect(useLogStore.getState()).toMatchObject({
      setup: { location: 'same-host' },
      unsure: [],
    })
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

describe('a new log', () => {
  const LOG_A = [
    '$ tail /var/log/nginx/error.log',
    '2026/11/21 09:00:01 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream',
    '2026/11/21 09:00:02 [error] 7#7: *2 connect() failed (111: Connection refused) while connecting to upstream',
    '2026/11/21 09:00:03 [error] 7#7: *3 connect() failed (111: Connection refused) while connecting to upstream',
  ].join('\n')
  const LOG_B =
    '2026/11/22 03:12:44 [error] 9#9: *8 upstream timed out (110: Connection timed out) while reading response header from upstream'
  const walked = () => {
    const s = useLogStore.getState()
    s.setLogText(LOG_A)
    s.answer('start', 'log')
    s.setSetup('runtime', 'docker')
    s.setSlot('service', 'shop')
    s.choose('upstream-refused')
  }
  const forgotten = { answers: {}, answerOrder: [], passed: [], setup: {}, chosen: null }

  it('forgets the answers, setup and open finding made for another log, not typed values', () => {
    walked()
    useLogStore.getState().setLogText(LOG_B)
    expect(useLogStore.getState()).toMatchObject({
      ...forgotten,
      logText: LOG_B,
      slots: { service: 'shop' },
    })
  })

  it('forgets them too when the box was emptied first', () => {
    walked()
    useLogStore.getState().setLogText('')
    expect(useLogStore.getState().answers).toEqual({ start: 'log' })
    useLogStore.getState().setLogText(LOG_B)
    expect(useLogStore.getState()).toMatchObject(forgotten)
  })

  it.each([
    ['more lines pasted below', `${LOG_A}\n${LOG_B}`],
    ['the first line deleted', LOG_A.slice(LOG_A.indexOf('\n') + 1)],
    ['a line edited', LOG_A.replace('*2 connect()', '*2 connect ()')],
    ['the same log pasted again after emptying the box', LOG_A],
  ])('keeps them for the same log with %s', (_, text) => {
    walked()
    useLogStore.getState().setLogText('')
    useLogStore.getState().setLogText(text)
    expect(useLogStore.getState()).toMatchObject({
      answers: { start: 'log' },
      setup: { runtime: 'docker' },
      chosen: 'upstream-refused',
    })
  })

  it('remembers which log the answers were for across a reload', async () => {
    walked()
    // A fresh page: empty state, then what storage kept.
    const kept = localStorage.getItem(SAVED_WORK_KEY) ?? ''
    useLogStore.setState(useLogStore.getInitialState(), true)
    localStorage.setItem(SAVED_WORK_KEY, kept)
    await useLogStore.persist.rehydrate()
    expect(useLogStore.getState().answers).toEqual({ start: 'log' })
    useLogStore.getState().setLogText(LOG_B)
    expect(useLogStore.getState()).toMatchObject(forgotten)
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
        state: {
          logText: 42,
          answers: { __proto__: 'x', ok: 'y' },
          setup: { runtime: 'ufo' },
          unsure: ['location', 'weather', 7],
        },
      }),
    )
    await useLogStore.persist.rehydrate()
    expect(useLogStore.getState()).toMatchObject({
      logText: '',
      answers: { ok: 'y' },
      setup: {},
      unsure: ['location'],
    })
  })
})
