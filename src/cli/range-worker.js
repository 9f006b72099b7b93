// Worker threads do not inherit the TypeScript loader the command line registered, so the
// worker registers it before loading its task.
import { register } from 'tsx/esm/api'

register()
await import('./range-task.ts')
