/** Where the message of an entry quoted without its head starts. */
export interface Fragment {
  /** Where the quoted entry starts (its `*conn`, or the message). */
  start: number
  /** Where the message starts. */
  body: number
  connection?: number
}

/**
 * Messages only nginx writes (in any case), for a line quoted from its message on: in a
 * ticket, a chat, a blog post, after `...`, or the piece of FastCGI stderr that went on a line
 * of its own (`PHP message: ...`). Anything else without a head is not nginx's.
 */
const KNOWN_MESSAGE =
  /^(?:connect\(\) (?:to \S+ )?failed|upstream (?:timed out|prematurely|sent|ssl)|no live upstreams|(?:recv|readv|writev|send|sendfile)\(\) failed \(|ssl_do_handshake\(\) failed|peer closed connection in ssl|no resolver defined|fastcgi sent in stderr|php message: |\d{1,9} worker_connections|host not found in upstream |socket\(\) failed \(|[^\s"]{1,253} could not be resolved \()/i

/** `*1234 ` (the connection number) before a quoted message. */
const CONNECTION = /^\*(\d{1,20}) /
/** What people put before a quoted piece: `...`, `…`, quotes, a bullet. */
const LEAD = /^(?:\s|\.{2,}|…|["'`]|[-•] )*/

/** Reads where the message of a head-less nginx line starts, or null when it is not one. */
export function messageStart(text: string): Fragment | null {
  const lead = LEAD.exec(text)?.[0].length ?? 0
  const connection = CONNECTION.exec(text.slice(lead, lead + 24))
  const body = connection === null ? lead : lead + connection[0].length
  if (!KNOWN_MESSAGE.test(text.slice(body, body + 300))) return null
  const fragment: Fragment = { start: lead, body }
  if (connection?.[1] !== undefined) fragment.connection = Number(connection[1])
  return fragment
}
