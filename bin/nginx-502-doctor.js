#!/usr/bin/env -S node --max-semi-space-size=4
// Runs the compiled command line (see compile-cli.js); without it, the TypeScript sources
// through tsx, which compiles them on load.
import { compiledCli } from './compile-cli.js'

const compiled = await compiledCli()
if (compiled !== null) {
  await import(compiled)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli/main.ts')
}
