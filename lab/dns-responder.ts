/**
 * A tiny DNS server on 127.0.0.1 (UDP, random port) that knows a few names, so nginx's own
 * resolver can be proven to work without touching the network. It answers A queries for the
 * names it knows, an empty NOERROR for their other record types (nginx also asks for AAAA), and
 * NXDOMAIN for everything else.
 */
import dgram from 'node:dgram'

export interface DnsResponder {
  /** `127.0.0.1:PORT`, as nginx's `resolver` directive takes it. */
  address: string
  /** Questions received so far, as `NAME TYPE` (e.g. `app.lab.test A`). */
  queries: string[]
  close(): Promise<void>
}

const TYPE_A = 1
const TYPE_NAMES: Record<number, string> = { 1: 'A', 28: 'AAAA' }
const RCODE_NXDOMAIN = 3
const RCODE_FORMERR = 1

interface Question {
  name: string
  type: number
  /** Offset just past the question (QTYPE and QCLASS included). */
  end: number
}

/** Reads the first question of a query; null when the packet is malformed. */
function readQuestion(packet: Buffer): Question | null {
  if (packet.length < 12 || packet.readUInt16BE(4) < 1) return null
  const labels: string[] = []
  let offset = 12
  for (let guard = 0; guard < 128; guard += 1) {
    const length = packet[offset]
    if (length === undefined || length > 63) return null // no compression in a question
    offset += 1
    if (length === 0) {
      if (offset + 4 > packet.length) return null
      const type = packet.readUInt16BE(offset)
      return { name: labels.join('.').toLowerCase(), type, end: offset + 4 }
    }
    if (offset + length > packet.length) return null
    labels.push(packet.toString('latin1', offset, offset + length))
    offset += length
  }
  return null
}

function ipv4Bytes(ip: string): Buffer {
  const parts = ip.split('.').map(Number)
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255))
    throw new Error(`not an IPv4 address: ${ip}`)
  return Buffer.from(parts)
}

/** The answer to `query` given the known names (lower-case name → IPv4 address). */
export function answer(query: Buffer, names: ReadonlyMap<string, string>): Buffer | null {
  if (query.length < 12) return null
  const id = query.readUInt16BE(0)
  const recursionDesired = query.readUInt16BE(2) & 0x0100
  const question = readQuestion(query)
  const header = Buffer.alloc(12)
  header.writeUInt16BE(id, 0)
  if (question === null) {
    header.writeUInt16BE(0x8000 | recursionDesired | 0x0080 | RCODE_FORMERR, 2)
    return header
  }
  const ip = names.get(question.name)
  const rcode = ip === undefined ? RCODE_NXDOMAIN : 0
  const answers = ip !== undefined && question.type === TYPE_A ? [ip] : []
  header.writeUInt16BE(0x8000 | recursionDesired | 0x0080 | rcode, 2) // QR, RD echoed, RA
  header.writeUInt16BE(1, 4) // QDCOUNT
  header.writeUInt16BE(answers.length, 6) // ANCOUNT
  const records = answers.map((address) => {
    const record = Buffer.alloc(12)
    record.writeUInt16BE(0xc00c, 0) // the name: a pointer to the question's
    record.writeUInt16BE(TYPE_A, 2)
    record.writeUInt16BE(1, 4) // class IN
    record.writeUInt32BE(30, 6) // TTL
    record.writeUInt16BE(4, 10)
    return Buffer.concat([record, ipv4Bytes(address)])
  })
  return Buffer.concat([header, query.subarray(12, question.end), ...records])
}

/** Starts the responder; `names` maps host names to IPv4 addresses (e.g. 127.0.0.1). */
export function startDnsResponder(names: Record<string, string>): Promise<DnsResponder> {
  const known = new Map(Object.entries(names).map(([name, ip]) => [name.toLowerCase(), ip]))
  for (const ip of known.values()) ipv4Bytes(ip)
  const socket = dgram.createSocket('udp4')
  const queries: string[] = []
  socket.on('message', (message, peer) => {
    const question = readQuestion(message)
    if (question !== null) {
      queries.push(`${question.name} ${TYPE_NAMES[question.type] ?? String(question.type)}`)
    }
    const reply = answer(message, known)
    if (reply !== null) socket.send(reply, peer.port, peer.address)
  })
  return new Promise((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject)
      socket.on('error', () => undefined)
      const { port } = socket.address()
      resolve({
        address: `127.0.0.1:${port}`,
        queries,
        close: () => new Promise((done) => socket.close(() => done())),
      })
    })
  })
}
