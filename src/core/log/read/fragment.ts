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
const KNOWN_MESSAGE_ANYWHERE =
  /(?:^|(?<=[\s"'`:.*\]]))(?:\(SSL: error:|failed \(\d{1,5}: [^)]{1,80}\) while (?:connecting|reading|sending|SSL handshaking)|unix:\S{1,300} failed \(\d{1,5}: |connect\(\) (?:to \S{1,300} )?failed|upstream (?:timed out|prematurely|sent|ssl)|no live upstreams|(?:recv|readv|writev|send|sendfile)\(\) failed \(|ssl_do_handshake\(\) failed|peer closed connection in ssl|no resolver defined|fastcgi sent in stderr|php message: |\d{1,9} worker_connections|host not found in upstream |socket\(\) failed \(|accept4?\(\) failed \(|(?:pwritev?|writev?|open|malloc)\(\S{0,30}\) (?:"[^"]{1,300}" )?failed \(|ngx_slab_alloc\(\) failed|primary script unknown|unable to open primary script)/i
/** `NAME could not be resolved (`: the one known message that starts with a name. */
const UNRESOLVED = /[^\s"'`:]{1,253} could not be resolved \(/

/**
 * What may come before a quoted message: the remains of a head (`error] 7#7: *12 `, a masked
 * `xxx`, a bare connection number), a product's label (`NGINX (1.8.1): `), quotes, an
 * ellipsis. Prose does not: at most two plain words may precede the message.
 */
const LEAD = /^[\s"'`.…>*-]*/
const CONNECTION = /(?:^|\s)\*(\d{1,20}) $/
const PLAIN_WORD = /^[A-Za-z]{2,}$/
/** The time PHP-FPM's log lines start with: `[22-Nov-2026 02:25:27]`. */
const PHP_FPM_TIME = /\[\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d/

/** Reads where the message of a head-less nginx line starts, or null when it is not one. */
export function messageStart(text: string): Fragment | null {
  const lead = LEAD.exec(text)?.[0].length ?? 0
  const window = text.slice(lead, lead + 200)
  const found =
    KNOWN_MESSAGE_ANYWHERE.exec(window) ??
    (window.includes(' could not be resolved (') ? UNRESOLVED.exec(window) : null)
  if (found === null) return null
  const body = lead + found.index
  const prefix = text.slice(lead, body)
  // PHP-FPM's own log quotes PHP messages too (`[29-Mar-2013 18:16:53] NOTICE: PHP message:`).
  if (prefix.length > 80 || !isHeadRemains(prefix) || PHP_FPM_TIME.test(prefix)) return null
  const fragment: Fragment = { start: lead, body }
  const connection = CONNECTION.exec(prefix)
  if (connection?.[1] !== undefined) fragment.connection = Number(connection[1])
  return fragment
}

/** Anything but prose: tokens with digits or marks, and at most two plain words. */
function isHeadRemains(prefix: string): boolean {
  let words = 0
  for (const token of prefix.split(/\s+/)) if (PLAIN_WORD.test(token)) words += 1
  return words <= 2
}
