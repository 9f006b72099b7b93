import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** A loopback server of the built page whose service worker can be swapped for the next one. */
export interface DeployServer {
  url: string
  /** From now on sw.js is the next deploy's: `change` turns the built one into it. */
  deploy: (change: (sw: string) => string) => void
  close: () => Promise<void>
}

/**
 * Serves `dist/` as a static host would (every route is the page), so a test can put a new
 * version of the service worker in place while a page is open, as a deploy does.
 */
export async function startDeployServer(dist: string): Promise<DeployServer> {
  let change = (sw: string): string => sw
  const server: Server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname)
    const file = extname(path) === '' ? '/index.html' : path
    readFile(join(dist, file), 'utf8').then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        })
        response.end(file === '/sw.js' ? change(body) : body)
      },
      () => {
        response.writeHead(404)
        response.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: (next) => (change = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
