// `npm start`: installs what is missing, builds the production app and serves it on
// 127.0.0.1, printing the address to open.
import { ensureNpmDependencies, run } from './ensure-deps.js'

ensureNpmDependencies()
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1)
const port = process.env.PORT ?? '4173'
console.log(`\n502 Doctor is ready: open http://127.0.0.1:${port}/ (Ctrl+C stops it)\n`)
process.exit(run('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort']))
