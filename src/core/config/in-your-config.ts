import type { SlotValues } from '../fix/fill-template.ts'
import type { Finding } from '../log/finding.ts'
import { written } from './checks/edit.ts'
import { FAMILY, SETTINGS_OF } from './defaults.ts'
import { routesOf, type RoutedPass } from './routes.ts'
import type { Directive, ParsedConfig } from './types.ts'
import { inForce, placedDirectives, upstreamBlocks } from './walk.ts'

/** One line of the person's configuration, where it stands. */
export interface ConfigLine {
  file: string
  line: number
  /** The directive as written; a block's opening ends with `{`. */
  text: string
}

/** A setting the finding's cause depends on, as nginx applies it where the requests go. */
export interface SettingInForce {
  name: string
  value: string
  /** Where it is set; absent when nginx's default applies. */
  at?: { file: string; line: number }
  /** When the default depends on a version the paste did not show: what it is otherwise. */
  unknownVersion?: string
}

/** What the configuration says about a finding: the lines that route there, the settings. */
export interface FindingInConfig {
  lines: ConfigLine[]
  settings: SettingInForce[]
  /** How the route was matched (see routesOf). */
  by: RoutedPass['by']
  /** Values the configuration gives the fixes' slots (the file, the location, the group …). */
  slots: SlotValues
}

const SHOWN_ROUTES = 2
const SHOWN_SERVERS = 4

const lineOf = (d: Directive): ConfigLine => ({
  file: d.file,
  line: d.line,
  text: d.block === undefined ? `${written(d)};` : `${written(d)} {`,
})

function routeLines(route: RoutedPass): Directive[] {
  const out: Directive[] = []
  for (const parent of route.placed.parents) {
    if (parent.name === 'http') continue
    out.push(parent)
    if (parent.name === 'server') {
      out.push(
        ...(parent.block ?? []).filter((d) => d.name === 'server_name' || d.name === 'listen'),
      )
    }
  }
  out.push(route.placed.directive)
  if (route.group !== undefined) {
    out.push(route.group)
    const servers = (route.group.block ?? []).filter((d) => d.name === 'server')
    out.push(...servers.slice(0, SHOWN_SERVERS))
  }
  return out
}

function settingsFor(finding: Finding, route: RoutedPass, config: ParsedConfig): SettingInForce[] {
  const family = FAMILY[route.target.directive]
  return (SETTINGS_OF[finding.cause] ?? []).map(([pattern, fallback]) => {
    const name = pattern.replace('{family}', family)
    const set = inForce(name, route.placed.parents, config.main)[0]
    if (set !== undefined) {
      return { name, value: set.args.join(' '), at: { file: set.file, line: set.line } }
    }
    const { value, unknownVersion } = fallback(config.version)
    return unknownVersion === undefined ? { name, value } : { name, value, unknownVersion }
  })
}

const PHP_VERSION = /php(\d+(?:\.\d+)?)-fpm/

function slotsOf(route: RoutedPass): SlotValues {
  const { placed, target, group } = route
  const slots: SlotValues = {}
  if (placed.directive.file !== '') slots.configPath = placed.directive.file
  const location = placed.parents.findLast((p) => p.name === 'location')
  if (location !== undefined) slots.location = location.args.join(' ')
  const server = placed.parents.findLast((p) => p.name === 'server')
  const name = server?.block?.find((d) => d.name === 'server_name')?.args[0]
  if (name !== undefined && name !== '_' && name !== '') slots.server = name
  if (group !== undefined && group.args[0] !== undefined) slots.group = group.args[0]
  if (target.socket !== null) {
    slots.socket = target.socket
    const php = PHP_VERSION.exec(target.socket)?.[1]
    if (php !== undefined) slots.phpVersion = php
  } else if (group === undefined && !target.variable) {
    slots.host = target.host
    if (target.port !== null) slots.port = String(target.port)
  }
  return slots
}

/**
 * The `server`, `location`, `*_pass` and `upstream` lines that send a finding's requests to
 * where its log lines say they failed, with the settings its cause depends on as nginx applies
 * them there (nginx's default said as such, and which version's); null when nothing in the
 * configuration routes there.
 */
export function findingInConfig(config: ParsedConfig, finding: Finding): FindingInConfig | null {
  const routes = routesOf(finding, placedDirectives(config.main), upstreamBlocks(config.main))
  const first = routes[0]
  if (first === undefined) return null
  const seen = new Set<string>()
  const lines: ConfigLine[] = []
  for (const d of routes.slice(0, SHOWN_ROUTES).flatMap(routeLines)) {
    const key = `${d.file}:${d.line}:${d.name}`
    if (seen.has(key)) continue
    seen.add(key)
    lines.push(lineOf(d))
  }
  return {
    lines,
    settings: settingsFor(finding, first, config),
    by: first.by,
    slots: slotsOf(first),
  }
}
