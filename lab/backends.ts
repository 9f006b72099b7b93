/**
 * Backends that misbehave on purpose. All of them listen on 127.0.0.1, [::1] or a unix socket
 * inside the lab's temporary directory, and all of them can be closed (destroying any socket
 * they still hold).
 */
import dgram from 'node:dgram'
import { chmod } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import { Worker } from 'node:worker_threads'

export interface Backend {
  /** What goes after `http://` in proxy_pass: `127.0.0.1:PORT` or `unix:/path`. */
  address: string
  close(): Promise<void>
}

const handedOut = new Set<number>()

// Below the kernel's ephemeral range (32768 and up on Linux): an outgoing connection of any
// process on the machine (the lab's own requests, a browser) never takes its source port from
// here, so a port found free stays free until nginx binds it.
const PORTS_FROM = 20_000
const PORTS_TO = 32_000

function bindable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** A TCP port nothing listens on right now, never handed out twice by this process. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = PORTS_FROM + Math.floor(Math.random() * (PORTS_TO - PORTS_FROM))
    if (handedOut.has(port) || !(await bindable(host, port))) continue
    handedOut.add(port)
    return port
  }
  throw new Error(`could not find a free TCP port on ${host}`)
}

/** A UDP port on 127.0.0.1 that nothing listens on (a dead DNS resolver). */
export async function freeUdpPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await new Promise<number>((resolve, reject) => {
      const socket = dgram.createSocket('udp4')
      socket.once('error', reject)
      socket.bind(0, '127.0.0.1', () => {
        const { port: bound } = socket.address()
        socket.close(() => resolve(bound))
      })
    })
    if (!handedOut.has(port)) {
      handedOut.add(port)
      return port
    }
  }
  throw new Error('could not find a free UDP port on 127.0.0.1')
}

function trackSockets(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>()
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
}

type ListenTarget = { host: string } | { path: string }

function listen(server: net.Server, target: ListenTarget): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    const done = (): void => {
      server.off('error', reject)
      if ('path' in target) return resolve(`unix:${target.path}`)
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      resolve(target.host.includes(':') ? `[${target.host}]:${port}` : `${target.host}:${port}`)
    }
    if ('path' in target) server.listen(target.path, done)
    else server.listen({ host: target.host, port: 0 }, done)
  })
}

/** Calls `onHead` once a request head (up to the blank line) has arrived on the socket. */
function onRequestHead(socket: net.Socket, onHead: (head: string) => void): void {
  let buffer = ''
  let seen = false
  socket.on('data', (chunk: Buffer) => {
    if (seen) return
    buffer += chunk.toString('latin1')
    if (buffer.includes('\r\n\r\n') || buffer.length > 65536) {
      seen = true
      onHead(buffer)
    }
  })
}

/**
 * What a raw TCP backend does once it has read the request head:
 * `silent` never answers, `close` closes cleanly (FIN), `reset` sends an RST,
 * `destroy` closes while the request body is still arriving, `reply` writes bytes then closes.
 */
export type RawBehaviour =
  | { kind: 'silent' }
  | { kind: 'close' }
  | { kind: 'reset' }
  | { kind: 'destroy' }
  | { kind: 'reply'; bytes: Buffer }

export interface RawOptions {
  target?: ListenTarget
  /** Act once the HTTP request head arrived (default) or on the first bytes (binary protocols). */
  trigger?: 'head' | 'data'
}

export async function rawBackend(
  behaviour: RawBehaviour,
  options: RawOptions = {},
): Promise<Backend> {
  const act = (socket: net.Socket): void => {
    if (behaviour.kind === 'close') socket.end()
    else if (behaviour.kind === 'reset') socket.resetAndDestroy()
    else if (behaviour.kind === 'destroy') socket.destroy()
    else if (behaviour.kind === 'reply') socket.end(behaviour.bytes)
  }
  const server = net.createServer((socket) => {
    if (options.trigger === 'data') socket.once('data', () => act(socket))
    else onRequestHead(socket, () => act(socket))
    if (behaviour.kind === 'silent') socket.resume()
  })
  const close = trackSockets(server)
  const address = await listen(server, options.target ?? { host: '127.0.0.1' })
  return { address, close }
}

/** A well-behaved node:http server answering 200 `ok`, optionally after a delay. */
export async function httpBackend(delayMs = 0): Promise<Backend> {
  const server = http.createServer((_req, res) => {
    const timer = setTimeout(() => res.end('ok\n'), delayMs)
    res.on('close', () => clearTimeout(timer))
  })
  const address = await listen(server, { host: '127.0.0.1' })
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return { address, close }
}

/** A unix-socket backend whose socket file gets `mode` (0o600 as root, 0o000 otherwise). */
export async function unixBackend(path: string, mode: number): Promise<Backend> {
  const bytes = Buffer.from('HTTP/1.0 200 OK\r\n\r\n')
  const backend = await rawBackend({ kind: 'reply', bytes }, { target: { path } })
  await chmod(path, mode)
  return backend
}

const FULL_BACKLOG_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const net = require('node:net')
const server = net.createServer(() => {})
server.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
  parentPort.postMessage(server.address().port)
  // Block this thread's event loop: libuv never calls accept(), so the kernel's queue fills up.
  Atomics.wait(new Int32Array(workerData.signal), 0, 0, workerData.maxMs)
  server.close()
})
`

/**
 * A TCP listener (backlog 1) that never accepts, with its accept queue already filled, so new
 * connections hang in SYN_SENT: nginx's proxy_connect_timeout fires.
 */
export async function fullBacklogBackend(maxMs = 60_000): Promise<Backend> {
  const signal = new SharedArrayBuffer(4)
  const worker = new Worker(FULL_BACKLOG_WORKER, { eval: true, workerData: { signal, maxMs } })
  worker.unref()
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('full-backlog worker did not start')), 5000)
    worker.once('message', (value: number) => {
      clearTimeout(timer)
      resolve(value)
    })
    worker.once('error', reject)
  })
  const fillers: net.Socket[] = []
  for (let i = 0; i < 4; i += 1) {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.on('error', () => undefined)
    fillers.push(socket)
  }
  await new Promise((resolve) => setTimeout(resolve, 300))
  const close = async (): Promise<void> => {
    for (const socket of fillers) socket.destroy()
    Atomics.notify(new Int32Array(signal), 0)
    await worker.terminate()
  }
  return { address: `127.0.0.1:${port}`, close }
}
