/**
 * A deliberately raw HTTP/1.1 client for the lab. `node:http` would reject the HTTP/0.9 reply
 * nginx passes through for garbage upstreams, and we need to abort requests and hold idle
 * connections, so requests are written by hand on a `node:net` socket.
 */
import net from 'node:net'

export interface HttpRequest {
  /** nginx's listen port (always on 127.0.0.1). */
  port: number
  /** The `Host` header. */
  host: string
  method: string
  path: string
  headers: Record<string, string>
  /** Request body, sent with a `Content-Length`. */
  body: Buffer | null
  /** Close the connection after this many ms, like a user navigating away. */
  abortAfterMs: number | null
  /** Hard limit for the whole exchange. */
  timeoutMs: number
}

export interface HttpOutcome {
  /**
   * The status line's code; 9 when bytes arrived that are not an HTTP/1.x response (nginx's
   * HTTP/0.9 passthrough); null when the connection ended without a response.
   */
  status: number | null
  /** Why the exchange ended abnormally (socket error, abort, time-out), else null. */
  error: string | null
  /** Response bytes received. */
  bytes: number
  ms: number
}

const HEAD_KEEP = 2048

/** Reads the status code out of the first bytes of a response. */
export function parseStatus(head: Buffer, bytes: number): number | null {
  const match = /^HTTP\/\d\.\d (\d{3})/.exec(head.toString('latin1'))
  if (match?.[1] !== undefined) return Number(match[1])
  return bytes > 0 ? 9 : null
}

function requestHead(req: HttpRequest): string {
  const headers: Record<string, string> = {
    Host: req.host,
    'User-Agent': 'nginx-502-doctor-lab',
    Connection: 'close',
    ...req.headers,
  }
  if (req.body !== null) headers['Content-Length'] = String(req.body.length)
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return `${req.method} ${req.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`
}

/** Sends one request and resolves (never rejects) once the server closed, or on abort/time-out. */
export function sendRequest(req: HttpRequest): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    const started = Date.now()
    const head: Buffer[] = []
    let headBytes = 0
    let bytes = 0
    let error: string | null = null
    let settled = false
    const socket = net.connect({ host: '127.0.0.1', port: req.port })
    const timers: NodeJS.Timeout[] = []
    const finish = (): void => {
      if (settled) return
      settled = true
      for (const timer of timers) clearTimeout(timer)
      socket.destroy()
      const status = parseStatus(Buffer.concat(head), bytes)
      resolve({ status, error, bytes, ms: Date.now() - started })
    }
    timers.push(
      setTimeout(() => {
        error ??= `timed out after ${req.timeoutMs} ms`
        finish()
      }, req.timeoutMs),
    )
    if (req.abortAfterMs !== null) {
      timers.push(
        setTimeout(() => {
          error ??= `aborted by the client after ${req.abortAfterMs} ms`
          finish()
        }, req.abortAfterMs),
      )
    }
    socket.on('connect', () => {
      socket.write(requestHead(req))
      if (req.body !== null) socket.write(req.body)
    })
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (headBytes < HEAD_KEEP) {
        head.push(chunk)
        headBytes += chunk.length
      }
    })
    socket.on('error', (err) => {
      error ??= err.message
    })
    socket.on('close', finish)
  })
}

/**
 * Opens a connection that sends half a request head and then waits. nginx keeps it (reading
 * client request headers) and, unlike an idle connection, cannot reuse it for someone else.
 */
export function openStalledConnection(
  port: number,
  host: string,
  timeoutMs = 2000,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`connection to 127.0.0.1:${port} not established in ${timeoutMs} ms`))
    }, timeoutMs)
    socket.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    socket.on('connect', () => {
      clearTimeout(timer)
      socket.removeAllListeners('error')
      socket.on('error', () => undefined)
      socket.write(`GET /stalled HTTP/1.1\r\nHost: ${host}\r\n`)
      resolve(socket)
    })
  })
}
