// `npm test`: installs what is missing, then runs the unit tests, the lab against a real nginx
// and the browser journeys, in that order, and fails if any of them fails.
import { ensureNpmDependencies, run } from './ensure-deps.js'
import { ensureSystemTools } from './system-deps.js'

ensureNpmDependencies()
const tools = ensureSystemTools(['nginx', 'chromium'])
const env = { NGINX_BIN: tools.nginx, CHROMIUM_PATH: tools.chromium }

const suites = [
  ['unit', ['npx', ['vitest', 'run']]],
  ['lab', ['npx', ['vitest', 'run', '--config', 'lab/vitest.config.ts']]],
  ['browser', ['npx', ['playwright', 'test']]],
]
const failed = []
for (const [name, [command, args]] of suites) {
  console.log(`\n=== ${name} tests ===`)
  if (run(command, args, env) !== 0) failed.push(name)
}
console.log(failed.length === 0 ? '\nAll test suites passed.' : `\nFailed: ${failed.join(', ')}`)
console.log(`suites: ${suites.length - failed.length} passed, ${failed.length} failed`)
process.exit(failed.length === 0 ? 0 : 1)
