import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

// Line shapes taken from the lab's genuine nginx output, with the variable parts (time, pid,
// connection, client, port, path) filled from a seeded generator so every run writes the
// same file. The mix is what an incident looks like: mostly upstream errors, some look-alikes
// and start-up notices.
const SHAPES: [weight: number, shape: string][] = [
  [
    20,
    '[error] {pid}#{pid}: *{conn} connect() failed (111: Connection refused) while connecting to upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://127.0.0.1:{port}{path}", host: "shop.example.com"',
  ],
  [
    12,
    '[error] {pid}#{pid}: *{conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {client}, server: api.example.com, request: "POST {path} HTTP/1.1", upstream: "http://10.0.3.4:{port}{path}", host: "api.example.com", referrer: "https://shop.example.com/cart"',
  ],
  [
    10,
    '[error] {pid}#{pid}: *{conn} upstream prematurely closed connection while reading response header from upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://127.0.0.1:{port}{path}", host: "shop.example.com"',
  ],
  [
    8,
    '[crit] {pid}#{pid}: *{conn} connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: {client}, server: blog.example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
  ],
  [
    8,
    '[error] {pid}#{pid}: *{conn} recv() failed (104: Connection reset by peer) while reading response header from upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://127.0.0.1:{port}{path}", host: "shop.example.com"',
  ],
  [
    6,
    '[error] {pid}#{pid}: *{conn} no live upstreams while connecting to upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://backend{path}", host: "shop.example.com"',
  ],
  [
    5,
    '[error] {pid}#{pid}: *{conn} upstream sent too big header while reading response header from upstream, client: {client}, server: auth.example.com, request: "GET /login HTTP/1.1", upstream: "http://127.0.0.1:{port}/login", host: "auth.example.com"',
  ],
  [
    5,
    '[warn] {pid}#{pid}: *{conn} upstream server temporarily disabled while connecting to upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://127.0.0.1:{port}{path}", host: "shop.example.com"',
  ],
  [
    8,
    '[info] {pid}#{pid}: *{conn} epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: {client}, server: shop.example.com, request: "GET {path} HTTP/1.1"',
  ],
  [
    5,
    '[error] {pid}#{pid}: *{conn} SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: {client}, server: pay.example.com, request: "GET {path} HTTP/1.1", upstream: "https://127.0.0.1:{port}{path}"',
  ],
  [
    5,
    '[error] {pid}#{pid}: *{conn} backend.internal could not be resolved (110: Operation timed out), client: {client}, server: api.example.com, request: "GET {path} HTTP/1.1", host: "api.example.com"',
  ],
  [4, '[notice] {pid}#{pid}: signal process started'],
  [
    4,
    '[error] {pid}#{pid}: *{conn} FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined variable $cart in /var/www/html/cart.php on line 42" while reading response header from upstream, client: {client}, server: blog.example.com, request: "GET /cart.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
  ],
]

const PATHS = [
  '/',
  '/api/orders',
  '/api/orders/42?expand=items',
  '/checkout',
  '/static/app.js',
  '/login',
]

/** A small deterministic PRNG (mulberry32): the same seed writes the same file. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How much varies from line to line. */
export type Variety = 'repeating' | 'unique'

/**
 * Writes `lines` error-log lines to `file`; returns when the file is flushed. `repeating`
 * lines share a few clients, ports and paths, as a small site's log does; `unique` ones
 * never repeat: every line has its own second, pid, client, path and upstream port, as a busy
 * fleet's log does, so no reader can lean on having seen a line before.
 */
export async function generateLog(
  file: string,
  lines: number,
  variety: Variety = 'repeating',
): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const next = random(variety === 'unique' ? 504 : 502)
  const total = SHAPES.reduce((sum, [weight]) => sum + weight, 0)
  const out = createWriteStream(file)
  let batch = ''
  const start = Date.UTC(2026, 10, 22, 2, 0, 0)
  const unique = variety === 'unique'
  const int = (below: number): number => Math.floor(next() * below)
  for (let i = 0; i < lines; i += 1) {
    let pick = next() * total
    const shape = SHAPES.find(([weight]) => (pick -= weight) < 0)?.[1] ?? SHAPES[0]![1]
    const time = new Date(start + (unique ? i : Math.floor(i / 40)) * 1000).toISOString()
    const stamp = `${time.slice(0, 10).replaceAll('-', '/')} ${time.slice(11, 19)}`
    const pid = unique ? 1000 + int(64000) : 2800 + int(4)
    const client = unique
      ? `${10 + int(200)}.${int(256)}.${int(256)}.${1 + int(254)}`
      : `203.0.113.${int(250) + 1}`
    const port = unique ? 3000 + int(1000) : 3000 + int(3)
    const path = unique
      ? `/api/v${1 + int(3)}/orders/${int(1e9)}?session=${int(1e12).toString(36)}`
      : PATHS[int(PATHS.length)]!
    batch += `${stamp} ${shape
      .replaceAll('{pid}', String(pid))
      .replaceAll('{conn}', String(unique ? 1 + i * 7 + int(7) : i + 1))
      .replaceAll('{client}', client)
      .replaceAll('{port}', String(port))
      .replaceAll('{path}', path)}\n`
    if (batch.length > 1 << 20) {
      if (!out.write(batch))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      batch = ''
    }
  }
  out.end(batch)
  await new Promise<void>((resolve) => out.once('finish', () => resolve()))
}
