/**
 * Every config check id, and how the lab proves it on the real nginx: a proof, or the reason
 * one machine cannot reproduce it.
 */
import { CONFIG_CHECK_IDS, type ConfigCheckId } from '../src/core/config/check-ids.ts'
import type { ConfigProof } from './config-proof-kit.ts'
import { EDIT_PROOFS } from './config-proofs-edits.ts'
import { GROUP_PROOFS } from './config-proofs-groups.ts'
import { PERSON_PROOFS } from './config-proofs-person.ts'

export { runConfigProof, type ConfigProof, type ConfigProofResult } from './config-proof-kit.ts'

/** One proof per check that one machine can reproduce. */
export const CONFIG_PROOFS: readonly ConfigProof[] = [
  ...EDIT_PROOFS,
  ...GROUP_PROOFS,
  ...PERSON_PROOFS,
]

/** The checks no proof covers, each with the reason. */
export const NOT_PROVABLE: Readonly<Partial<Record<ConfigCheckId, string>>> = {
  'loopback-in-container':
    'needs nginx and the backend in two containers (two network namespaces, joined by a ' +
    'bridge): the check fires only on container signs, and its fix is the other ' +
    "container's service name, which neither the config nor one loopback has",
  'socket-owner-mismatch':
    'the socket is made by PHP-FPM from its pool’s listen.owner/listen.group/listen.mode, and ' +
    'the lab runs no PHP-FPM; the check is tested on eight real pools with their nginx configs ' +
    '(src/core/config/pools.test.ts)',
}

/** Check ids with neither a proof nor a reason (must stay empty). */
export function unaccounted(): ConfigCheckId[] {
  const proven = new Set(CONFIG_PROOFS.map((p) => p.check))
  return CONFIG_CHECK_IDS.filter((id) => !proven.has(id) && NOT_PROVABLE[id] === undefined)
}
