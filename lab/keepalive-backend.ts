/**
 * A real node:http backend, in a worker thread, for the keep-alive race: it closes idle
 * keep-alive connections after `keepAliveTimeout` (Node's own mechanism, as in production), and
 * the lab can pause its event loop for a moment, like a GC pause or a burst of CPU work.
 *
 * Why the pause: with keep-alive, nginx reuses an idle connection; if the backend's idle timer
 * fires while nginx's request is already in the socket but not yet read, the backend closes a
 * connection with a request in it (a reset) and nginx answers 502. On loopback that window is a
 * few microseconds wide. The pause makes it certain: the request arrives while the backend's
 * loop is paused, and when the loop resumes, Node runs its timers before it reads sockets.
 */
import { Worker } from 'node:worker_threads'

export interface KeepaliveBackend {
  /** `127.0.0.1:PORT`. */
  address: string
  /** Pauses the backend's event loop for `ms`; resolves once the pause has begun. */
  pause(ms: number): Promise<void>
  /**
   * Runs JavaScript with `server` bound to the backend's http.Server (the way an app's
   * `server.js` would set its options); resolves with the server's keep-alive settings after it.
   */
  configure(code: string): Promise<{ keepAliveTimeout: number; headersTimeout: number }>
  close(): Promise<void>
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const http = require('node:http')
const server = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => res.end('ok\\n'))
})
server.keepAliveTimeout = workerData.keepAliveTimeoutMs
const settings = () => ({ keepAliveTimeout: server.keepAliveTimeout, headersTimeout: server.headersTimeout })
server.listen({ host: '127.0.0.1', port: 0 }, () => {
  parentPort.postMessage({ kind: 'listening', port: server.address().port })
})
parentPort.on('message', (message) => {
  if (message.kind === 'pause') {
    parentPort.postMessage({ kind: 'paused' })
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, message.ms)
  } else if (message.kind === 'configure') {
    try {
      new Function('server', message.code)(server)
      parentPort.postMessage({ kind: 'configured', ...settings() })
    } catch (err) {
      parentPort.postMessage({ kind: 'configured', error: String(err) })
    }
  } else if (message.kind === 'close') {
    server.closeAllConnections()
    server.close(() => parentPort.postMessage({ kind: 'closed' }))
  }
})
`

interface Reply {
  kind: string
  port?: number
  error?: string
  keepAliveTimeout?: number
  headersTimeout?: number
}

function nextReply(worker: Worker, kind: string, ms = 5000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('message', onMessage)
      reject(new Error(`keep-alive backend: no "${kind}" within ${ms} ms`))
    }, ms)
    const onMessage = (reply: Reply): void => {
      if (reply.kind !== kind) return
      clearTimeout(timer)
      worker.off('message', onMessage)
      resolve(reply)
    }
    worker.on('message', onMessage)
  })
}

/** Starts the backend with Node's keep-alive idle timeout set to `keepAliveTimeoutMs`. */
export async function keepaliveBackend(keepAliveTimeoutMs: number): Promise<KeepaliveBackend> {
  const worker = new Worker(WORKER, { eval: true, workerData: { keepAliveTimeoutMs } })
  worker.unref()
  worker.on('error', () => undefined)
  const listening = await nextReply(worker, 'listening')
  let closed = false
  return {
    address: `127.0.0.1:${String(listening.port)}`,
    pause: async (ms) => {
      const paused = nextReply(worker, 'paused')
      worker.postMessage({ kind: 'pause', ms })
      await paused
    },
    configure: async (code) => {
      const configured = nextReply(worker, 'configured')
      worker.postMessage({ kind: 'configure', code })
      const reply = await configured
      if (reply.error !== undefined) throw new Error(`configure failed: ${reply.error}`)
      return {
        keepAliveTimeout: reply.keepAliveTimeout ?? 0,
        headersTimeout: reply.headersTimeout ?? 0,
      }
    },
    close: async () => {
      if (closed) return
      closed = true
      const done = nextReply(worker, 'closed', 2000).catch(() => undefined)
      worker.postMessage({ kind: 'close' })
      await done
      await worker.terminate()
    },
  }
}
