#!/usr/bin/env -S node --max-semi-space-size=4
// The command line runs the TypeScript sources directly (no build step on a fresh clone):
// tsx compiles them on load and caches the result.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
