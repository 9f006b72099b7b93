import { isLoopback, passTarget } from '../config/pass-target.ts'
import type { ParsedConfig } from '../config/types.ts'
import { placedDirectives } from '../config/walk.ts'
import type { MoreNames } from './redact.ts'

/**
 * The names a configuration holds that a share must hide: its `server_name`s (sites) and the
 * hosts its `*_pass` and upstream `server` lines send to (backends). Loopback, wildcards and
 * regular expressions are left out: they name nothing.
 */
export function configNames(config: ParsedConfig): Required<MoreNames> {
  const sites = new Set<string>()
  const upstreams = new Set<string>()
  for (const { directive, parents } of placedDirectives(config.main)) {
    if (directive.name === 'server_name') {
      for (const name of directive.args) {
        const plain = name.replace(/^\*?\./, '')
        if (/^[\w-]+(\.[\w-]+)+$/.test(plain)) sites.add(plain)
      }
    }
    const inGroup = directive.name === 'server' && parents.at(-1)?.name === 'upstream'
    const target = passTarget(inGroup ? { ...directive, name: 'proxy_pass' } : directive)
    if (target === null || target.variable || target.template || target.socket !== null) continue
    if (target.host !== '' && !isLoopback(target.host)) upstreams.add(target.host)
  }
  return { sites: [...sites], upstreams: [...upstreams] }
}
