/**
 * Controls: a look-alike (the client gives up: 499) and a healthy backend whose captured sample
 * also keeps the start-up and shutdown notices.
 */
import { httpBackend } from './backends.ts'
import { lookalike, type Scenario } from './scenario-kit.ts'

export const CONTROL_SCENARIOS: Scenario[] = [
  {
    id: 'client-abort',
    title: 'the client gives up while a slow backend is still working (499, not an error)',
    cause: null,
    expectStatus: null,
    setup: async () => {
      const backend = await httpBackend(3000)
      return {
        backends: [backend],
        config: { location: [`proxy_pass http://${backend.address};`] },
      }
    },
    fire: async (env) => {
      await env.request({ path: '/report', abortAfterMs: 300 })
    },
    rules: [lookalike(/client prematurely closed connection/)],
  },
  {
    id: 'healthy',
    title: 'a backend that works: start-up and shutdown notices and a 200',
    cause: null,
    expectStatus: 200,
    captureLifecycle: true,
    setup: async () => {
      const backend = await httpBackend()
      return {
        backends: [backend],
        config: { location: [`proxy_pass http://${backend.address};`] },
      }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [],
  },
]
