/**
 * Backends the config proofs need beyond lab/backends.ts: one that counts the connections and
 * requests nginx makes (keep-alive reuse, retried POSTs), a TLS backend that refuses clients
 * without SNI, and a minimal FastCGI responder (PHP-FPM's protocol) on a unix socket. All on
 * loopback or inside the proof's own directory.
 */
import { execFileSync } from 'node:child_process'
import dgram from 'node:dgram'
import { chmod, readFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import type { Backend } from './backends.ts'
import { answer } from './dns-responder.ts'

/** A node:http backend that records what nginx did to it. */
export interface CountingBackend extends Backend {
  port: number
  /** TCP connections nginx opened to it so far. */
  connections(): number
  /** `METHOD /path` of every request it read in full, in order. */
  requests: string[]
  /** Resets the next `n` requests once their body is read (a crash after the side effect). */
  resetNext(n: number): void
}

interface Closable {
  closeAllConnections(): void
  close(done: () => void): unknown
}

function closeServer(server: Closable): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

function listenOn(server: net.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host, port }, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : 0)
    })
  })
}

/** How many requests to reset next; backends given the same plan share the count. */
export interface ResetPlan {
  resets: number
}

/** Starts a counting backend on `host:port` (port 0: any free one). */
export async function countingBackend(
  host = '127.0.0.1',
  port = 0,
  plan: ResetPlan = { resets: 0 },
): Promise<CountingBackend> {
  let connections = 0
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      requests.push(`${req.method ?? ''} ${req.url ?? ''}`)
      if (plan.resets > 0) {
        plan.resets -= 1
        req.socket.resetAndDestroy()
      } else res.end('ok\n')
    })
  })
  server.on('connection', () => {
    connections += 1
  })
  const bound = await listenOn(server, host, port)
  return {
    address: host.includes(':') ? `[${host}]:${bound}` : `${host}:${bound}`,
    port: bound,
    connections: () => connections,
    requests,
    resetNext: (n) => {
      plan.resets = n
    },
    close: () => closeServer(server),
  }
}

/** A self-signed certificate for `name`, made with openssl in `dir` (nothing is kept). */
async function selfSigned(dir: string, name: string): Promise<{ key: Buffer; cert: Buffer }> {
  const key = path.join(dir, 'backend.key')
  const cert = path.join(dir, 'backend.crt')
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`].concat([
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { stdio: 'ignore', timeout: 30_000 },
  )
  return { key: await readFile(key), cert: await readFile(cert) }
}

/**
 * An HTTPS backend that, like a CDN or a name-based TLS host, has no certificate for a client
 * that names no server: without SNI the handshake fails (alert 40, handshake failure).
 */
export async function sniOnlyTlsBackend(dir: string): Promise<CountingBackend> {
  const context = tls.createSecureContext(await selfSigned(dir, 'app.lab.test'))
  const requests: string[] = []
  let connections = 0
  const server = https.createServer({ SNICallback: (_name, done) => done(null, context) })
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`)
    res.end('ok\n')
  })
  server.on('secureConnection', () => {
    connections += 1
  })
  server.on('tlsClientError', () => undefined)
  const port = await listenOn(server, '127.0.0.1', 0)
  return {
    address: `127.0.0.1:${port}`,
    port,
    connections: () => connections,
    requests,
    resetNext: () => undefined,
    close: () => closeServer(server),
  }
}

const FCGI = { BEGIN: 1, END: 3, PARAMS: 4, STDIN: 5, STDOUT: 6 } as const

function record(type: number, id: number, content: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.writeUInt8(1, 0) // FCGI_VERSION_1
  header.writeUInt8(type, 1)
  header.writeUInt16BE(id, 2)
  header.writeUInt16BE(content.length, 4)
  return Buffer.concat([header, content])
}

/**
 * A FastCGI responder on a unix socket, as PHP-FPM's pool `listen` would be: it answers every
 * request `Status: 200` with `ok` once the request's stdin has ended, then closes (nginx's
 * default without `fastcgi_keep_conn`). The socket is left writable for nginx's worker.
 */
export async function fastcgiBackend(socket: string): Promise<CountingBackend> {
  const requests: string[] = []
  let connections = 0
  const server = net.createServer((conn) => {
    connections += 1
    conn.on('error', () => undefined)
    let buffer = Buffer.alloc(0)
    conn.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      while (buffer.length >= 8) {
        const length = buffer.readUInt16BE(4) + buffer.readUInt8(6)
        if (buffer.length < 8 + length) return
        const [type, id] = [buffer.readUInt8(1), buffer.readUInt16BE(2)]
        const empty = buffer.readUInt16BE(4) === 0
        buffer = buffer.subarray(8 + length)
        if (type !== FCGI.STDIN || !empty) continue
        requests.push(`FCGI ${id}`)
        const body = Buffer.from('Status: 200 OK\r\nContent-Type: text/plain\r\n\r\nok\n')
        const end = Buffer.alloc(8) // appStatus 0, FCGI_REQUEST_COMPLETE
        conn.end(
          Buffer.concat([
            record(FCGI.STDOUT, id, body),
            record(FCGI.STDOUT, id, Buffer.alloc(0)),
            record(FCGI.END, id, end),
          ]),
        )
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socket, () => resolve())
  })
  await chmod(socket, 0o666)
  return {
    address: `unix:${socket}`,
    port: 0,
    connections: () => connections,
    requests,
    resetNext: () => undefined,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A DNS responder (lab/dns-responder.ts's answers) whose names can change while it runs. */
export interface MovableDns {
  address: string
  queries: string[]
  /** Lower-case name → IPv4 address; set a name to move it. */
  names: Map<string, string>
  close(): Promise<void>
}

/** Starts a movable DNS responder on a random UDP port of 127.0.0.1. */
export function movableDns(names: Record<string, string>): Promise<MovableDns> {
  const known = new Map(Object.entries(names))
  const queries: string[] = []
  const socket = dgram.createSocket('udp4')
  socket.on('message', (message, peer) => {
    const reply = answer(message, known)
    // The question's name starts at byte 12, as length-prefixed labels.
    queries.push(readName(message))
    if (reply !== null) socket.send(reply, peer.port, peer.address)
  })
  return new Promise((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(0, '127.0.0.1', () => {
      socket.on('error', () => undefined)
      resolve({
        address: `127.0.0.1:${socket.address().port}`,
        queries,
        names: known,
        close: () => new Promise((done) => socket.close(() => done())),
      })
    })
  })
}

/** `NAME TYPE` of a query's first question (`app.lab.test A`), as lab/dns-responder.ts logs. */
function readName(packet: Buffer): string {
  const labels: string[] = []
  let at = 12
  while (at < packet.length && packet[at]! > 0 && labels.length < 64) {
    labels.push(packet.toString('latin1', at + 1, at + 1 + packet[at]!))
    at += 1 + packet[at]!
  }
  const type = at + 3 <= packet.length ? packet.readUInt16BE(at + 1) : 0
  return `${labels.join('.')} ${type === 1 ? 'A' : type === 28 ? 'AAAA' : String(type)}`
}
