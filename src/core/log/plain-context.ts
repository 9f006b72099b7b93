import { parseRequestLine } from './context.ts'
import { cachedBy } from './detach.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, UpstreamAddress } from './types.ts'

/**
 * A context as nginx writes it for HTTP, every key once and in nginx's order, and every value
 * made only of characters JSON leaves as they are (no quote, backslash, control character or
 * surrogate) and holding nothing the full reader would stop at: a comma in client or server,
 * `, bytes from/to client:` (a stream{} line) anywhere. Captures: client (1), server (2),
 * request (3), the upstream up to its URI (4) and the URI (5), host (6), referrer (7). For
 * such a context {@link parseContext} finds exactly these values; anything else does not match.
 */
const PLAIN_CONTEXT =
  // The rule guards against control characters matched by mistake; here they are named on
  // purpose, to be excluded: JSON escapes them, so a value holding one is not plain and goes
  // to the full reader.
  // eslint-disable-next-line no-control-regex -- the \x00-\x1f ranges exclude, see above.
  /, client: ([^,"\\\x00-\x1f\ud800-\udfff]*), server: ([^\s,"\\\x00-\x1f\ud800-\udfff]*)(?:, request: "((?:[^,"\\\x00-\x1f\ud800-\udfff]|,(?! bytes from\/to client:))*)")?(?:, upstream: "([a-z][a-z\d+.-]{0,18}:\/\/(?:unix:[^:,"\\\x00-\x1f\ud800-\udfff]*(?::|(?="))|(?!unix:)[^/,"\\\x00-\x1f\ud800-\udfff]*(?=[/"])))((?:[^,"\\\x00-\x1f\ud800-\udfff]|,(?! bytes from\/to client:))*)")?(?:, host: "((?:[^,"\\\x00-\x1f\ud800-\udfff]|,(?! bytes from\/to client:))*)")?(?:, referrer: "((?:[^,"\\\x00-\x1f\ud800-\udfff]|,(?! bytes from\/to client:))*)")?$/y

/** An upstream's address without its URI, read once, with its JSON text around the URI. */
interface Peer {
  address: Omit<UpstreamAddress, 'uri'>
  /** `{"scheme":...,"socket":...,"uri":"`: the JSON text before the URI. */
  before: string
  /** `","address":...}`: the JSON text after it. */
  after: string
}

/** Reads an upstream without its URI (`http://127.0.0.1:3000`, `fastcgi://unix:/a.sock:`). */
function readPeer(base: string): Peer {
  const { uri: _, ...address } = parseUpstream(base)
  const { scheme, host, port, socket } = address
  const before = JSON.stringify({ scheme, host, port, socket })
  return {
    address,
    before: `${before.slice(0, -1)},"uri":"`,
    after: `","address":${JSON.stringify(address.address)}}`,
  }
}

/** Reads the context at `from` into `facts` and returns its JSON text, or null (see below). */
export type PlainContextReader = (raw: string, from: number, facts: LineFacts) => string | null

/**
 * Creates a reader for plain contexts (see {@link PLAIN_CONTEXT}) that adds to `facts` what
 * {@link parseContext} would add, in the same order, and returns the same facts as JSON text
 * (`,"client":...`), written piece by piece: their values need no escaping and a peer's text
 * is remembered, which costs a fraction of serialising every fact of every line. Returns null,
 * having added nothing, when the context is not plain: the caller reads it the full way.
 */
export function createPlainContextReader(): PlainContextReader {
  const peers = new Map<string, Peer>()

  return (raw, from, facts) => {
    PLAIN_CONTEXT.lastIndex = from
    const found = PLAIN_CONTEXT.exec(raw)
    if (found === null) return null
    const [, client = '', server = '', request, base, uri = '', host, referrer] = found
    facts.client = client
    facts.server = server
    let json = `,"client":"${client}","server":"${server}"`
    if (request !== undefined) {
      const { method, path, protocol } = (facts.request = parseRequestLine(request))
      json += `,"request":{"method":"${method}","path":"${path}","protocol":"${protocol}"}`
    }
    if (base !== undefined) {
      const peer = cachedBy(peers, base, readPeer)
      const { scheme, host: peerHost, port, socket, address } = peer.address
      facts.upstream = { scheme, host: peerHost, port, socket, uri, address }
      json += `,"upstream":${peer.before}${uri}${peer.after}`
    }
    if (host !== undefined) {
      facts.host = host
      json += `,"host":"${host}"`
    }
    if (referrer !== undefined) {
      facts.referrer = referrer
      json += `,"referrer":"${referrer}"`
    }
    return json
  }
}
