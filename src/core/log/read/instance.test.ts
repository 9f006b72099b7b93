import { describe, expect, it } from 'vitest'
import { CORPUS_LINES } from '../corpus/index.ts'
import { createReader } from '../reader.ts'

const read = createReader({ depth: 'finding' })

/** The corpus line (posted in its thread) from that source starting so. */
function line(source: string, start: string): string {
  const found = CORPUS_LINES.find((c) => c.source === source && c.text.startsWith(start))
  if (found === undefined) throw new Error(`no corpus line from ${source} starting "${start}"`)
  return found.text
}

describe('the host, pod or container a wrapper says a line came from', () => {
  it.each([
    ['https://github.com/libretime/libretime/pull/3187', 'nginx-1  |', 'nginx-1'],
    [
      'https://github.com/vfxGer/alternative_nginx_uwsgi_flask_docker/issues/1',
      'server_1  |',
      'server_1',
    ],
    [
      'https://github.com/chobits/ngx_http_proxy_connect_module/issues/333',
      'connect_proxy-1  |',
      'connect_proxy-1',
    ],
    [
      'https://github.com/WikiWatershed/model-my-watershed/issues/3196',
      'Nov 05 15:28:00 app nginx',
      'app',
    ],
    [
      'https://github.com/Playwo/ChiaPool/issues/7',
      'Apr 23 13:36:09 iZbp16s66e1t3b5tzsshflZ',
      'iZbp16s66e1t3b5tzsshflZ',
    ],
  ])('%s', (source, start, instance) => {
    expect(read(line(source, start)).facts.extra?.instance).toBe(instance)
  })

  it('OpenWrt’s facility and level are not a host', () => {
    const text = line('https://github.com/linkease/iStoreNAS/pull/1', 'daemon.err nginx')
    expect(read(text).facts.extra?.instance).toBeUndefined()
  })

  it('a line without a wrapper names none', () => {
    const text = line('https://github.com/libretime/libretime/pull/3187', 'nginx-1  |').replace(
      /^nginx-1 +\| /,
      '',
    )
    expect(read(text).facts.extra?.instance).toBeUndefined()
  })
})
