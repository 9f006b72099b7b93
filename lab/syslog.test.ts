/**
 * nginx's own syslog output (`error_log syslog:server=…`), caught on the wire from the real
 * nginx: the wrapper is RFC 3164 as nginx writes it, and the host in its header is the line's
 * instance. A missing nginx fails the test (findNginx throws); nothing is skipped.
 */
import { createSocket } from 'node:dgram'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { analyzeText } from '../src/core/log/analyze.ts'
import { freePort } from './backends.ts'
import { sendRequest } from './client.ts'
import { renderConfig } from './nginx-config.ts'
import { findNginx, startNginx, stopAllNginx } from './nginx.ts'

afterAll(async () => {
  await stopAllNginx()
})

it('reads nginx error lines sent over syslog, each with the host nginx names', async () => {
  const prefix = await mkdtemp(path.join(tmpdir(), 'lab-syslog-'))
  const socket = createSocket('udp4')
  const datagrams: string[] = []
  socket.on('message', (message) => datagrams.push(message.toString('utf8')))
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  try {
    for (const dir of ['conf', 'logs', 'tmp']) await mkdir(path.join(prefix, dir))
    const port = await freePort()
    // A port nothing listens on: the request is refused.
    const closed = await freePort()
    const config = renderConfig({
      port,
      serverName: 'lab.test',
      workerConnections: 64,
      http: [`error_log syslog:server=127.0.0.1:${socket.address().port},tag=nginx error;`],
      server: [],
      location: [`proxy_pass http://127.0.0.1:${closed};`],
    })
    await writeFile(path.join(prefix, 'conf', 'nginx.conf'), config)
    const nginx = await startNginx(findNginx(), prefix)
    const outcome = await sendRequest({
      port,
      host: 'lab.test',
      method: 'GET',
      path: '/cart',
      headers: {},
      body: null,
      abortAfterMs: null,
      timeoutMs: 5000,
    })
    expect(outcome.status).toBe(502)
    for (let i = 0; i < 100 && !datagrams.some((d) => d.includes('connect() failed')); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20))
    await nginx.stop()

    const line = datagrams.find((d) => d.includes('connect() failed'))
    expect(line).toMatch(/^<\d+>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ nginx: \d{4}\/\d\d\/\d\d /)
    const host = /^<\d+>\S+ +\d+ \S+ (\S+) /.exec(line ?? '')?.[1]
    const refused = analyzeText(datagrams.join('\n')).filter((r) => r.cause === 'upstream-refused')
    expect(refused).toHaveLength(1)
    expect(refused[0]?.facts.extra).toMatchObject({ wrapper: 'syslog', instance: host })
    expect(refused[0]?.facts.upstream?.address).toBe(`127.0.0.1:${closed}`)
  } finally {
    socket.close()
    await rm(prefix, { recursive: true, force: true })
  }
})
