// `npm run bench`: installs what is missing, then runs the benchmark (bench/run.ts).
import { ensureNpmDependencies, run } from './ensure-deps.js'

ensureNpmDependencies()
process.exit(run('npx', ['tsx', 'bench/run.ts']))
