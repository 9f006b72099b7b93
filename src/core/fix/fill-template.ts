import type { LineFacts } from '../log/types.ts'

/** The values a fix or check can be filled with. */
export const SLOT_NAMES = [
  'address',
  'host',
  'port',
  'socket',
  'path',
  'server',
  'service',
  'phpVersion',
  'location',
  'configPath',
  'group',
  'scheme',
  'nginxService',
] as const

/** One fillable value of a template, written `{name}` in content. */
export type SlotName = (typeof SLOT_NAMES)[number]

/** Values known for a diagnosis; a missing one stays a visible placeholder. */
export type SlotValues = Partial<Record<SlotName, string>>

const SLOT = new RegExp(`\\{(${SLOT_NAMES.join('|')})\\}`, 'g')
const PHP_SOCKET = /php(\d+(?:\.\d+)?)-fpm/

/**
 * Reads the slot values a line's facts give: upstream address, host, port and socket, the
 * request path, the server name, and the PHP version from a socket path like `php8.2-fpm.sock`.
 */
export function slotValuesFromFacts(facts: LineFacts): SlotValues {
  const values: SlotValues = {}
  const upstream = facts.upstream
  // A "no live upstreams" line names the upstream group, not a server: that is `{group}`,
  // and `{address}` stays for the person to fill (a group name is not an address).
  const isGroup = upstream !== undefined && upstream.port === null && upstream.socket === null
  if (upstream !== undefined) {
    if (!isGroup) values.address = upstream.address
    if (upstream.socket !== null) values.socket = upstream.socket
    else values.host = upstream.host
    if (upstream.port !== null) values.port = String(upstream.port)
    if (upstream.scheme === 'http' || upstream.scheme === 'https') values.scheme = upstream.scheme
    const php = PHP_SOCKET.exec(upstream.socket ?? '')
    if (php?.[1] !== undefined) values.phpVersion = php[1]
  }
  if (isGroup) values.group = upstream.host
  // A DNS failure's upstream is only the name nginx could not resolve.
  if (upstream === undefined && facts.resolve !== undefined) values.host = facts.resolve
  if (facts.request !== undefined && facts.request.path !== '') values.path = facts.request.path
  if (facts.server !== undefined && facts.server !== '' && facts.server !== '_') {
    values.server = facts.server
  }
  const service = facts.extra?.service
  if (service !== undefined) values.service = service
  // nginx's own Compose service, from the prefix of its own lines: where its checks run.
  const nginxService = facts.source === 'nginx-error' ? facts.extra?.composeService : undefined
  if (nginxService !== undefined) values.nginxService = nginxService
  return values
}

/** The slots a template uses, in order of first use. */
export function slotsIn(template: string): SlotName[] {
  const names = [...template.matchAll(SLOT)].map((m) => m[1] as SlotName)
  return [...new Set(names)]
}

/**
 * Fills `{slot}` placeholders; a slot without a value becomes `<slot>` so the user sees what
 * to replace. Other braces (curl's `%{time_total}`, nginx blocks) are left alone.
 */
export function fillTemplate(template: string, values: SlotValues): string {
  return template.replace(SLOT, (_, name: SlotName) => values[name] ?? `<${name}>`)
}
