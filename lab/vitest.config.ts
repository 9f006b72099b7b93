import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// `npm run test:lab`: starts the real nginx, so one fork, one file at a time, generous limits.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['lab/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
