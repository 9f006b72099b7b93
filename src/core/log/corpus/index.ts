import { BACKEND_LINES } from './backends.ts'
import { HOLDOUT_LINES } from './holdout.ts'
import { CONTAINER_INCIDENTS } from './incidents-containers.ts'
import { FIX_HOLDOUT_INCIDENTS } from './incidents-fix-holdout.ts'
import { HOLDOUT_INCIDENTS } from './incidents-holdout.ts'
import { HOST_INCIDENTS } from './incidents-hosts.ts'
import { NGINX_DAMAGED_LINES } from './nginx-damaged.ts'
import { NGINX_EDGE_LINES } from './nginx-edges.ts'
import { SYSTEM_LINES } from './system.ts'
import type { CorpusLine, Incident } from './types.ts'

/** Every real line of the corpus (beside public-cases.ts), each with its thread. */
export const CORPUS_LINES: readonly CorpusLine[] = [
  ...NGINX_DAMAGED_LINES,
  ...NGINX_EDGE_LINES,
  ...SYSTEM_LINES,
  ...BACKEND_LINES,
  // Gathered last, from threads none of the others came from, and first used only to measure
  // the reader on lines it had not been tuned on (issue 9's note gives those figures).
  ...HOLDOUT_LINES,
]

/** Every real incident of the corpus: a paste and what its thread found had caused it. */
export const INCIDENTS: readonly Incident[] = [
  ...CONTAINER_INCIDENTS,
  ...HOST_INCIDENTS,
  // Gathered last from threads none of the others came from; first used only to measure.
  ...HOLDOUT_INCIDENTS,
  // Gathered after the fix-order table was written, from threads none of the others came
  // from; first used only to measure it (issue 10's note gives those figures).
  ...FIX_HOLDOUT_INCIDENTS,
]
