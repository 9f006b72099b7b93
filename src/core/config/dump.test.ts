import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORPUS_CONFIGS } from './corpus/configs.ts'
import { readConfigPaste, unquoteMarkdown } from './dump.ts'
import { globToRegExp, normalizePath } from './include.ts'
import { isPasteNoise, versionFrom } from './paste-noise.ts'
import type { Directive } from './types.ts'

const fixture = (name: string): string =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
/** `name args @file:line` for each directive of a level. */
const where = (list: readonly Directive[]): string[] =>
  list.map((d) => `${[d.name, ...d.args].join(' ')} @${base(d.file)}:${d.line}`)
const find = (list: readonly Directive[], name: string): Directive =>
  list.find((d) => d.name === name)!

/** A dump in nginx -T's layout: the marker, the file, one empty line. Made up for a test. */
const dump = (files: [string, string][]): string =>
  files.map(([path, text]) => `# configuration file ${path}:\n${text}\n`).join('')

describe('readConfigPaste: a real nginx -T dump (fixtures/lab-dump.txt)', () => {
  const config = readConfigPaste(fixture('lab-dump.txt'))

  it('reads the version from the nginx -V lines and strips what surrounds the dump', () => {
    expect(config.version).toBe('1.22.1')
    expect(config.problems).toEqual([])
  })

  it('splits the files, each with its own text and line numbers', () => {
    expect(config.files.map((f) => base(f.path))).toEqual([
      'nginx.conf',
      'mime.types',
      'upstream.conf',
      'websocket-map.conf',
    ])
    const upstream = config.files[2]!
    expect(upstream.text).toBe(
      [
        'upstream lab_dead_pool {',
        '    server 127.0.0.1:18081 max_fails=1 fail_timeout=30s;',
        '    server 127.0.0.1:18082 max_fails=1 fail_timeout=30s;',
        // The file's own last newline: nginx -T writes one more after it, which is not the file's.
        '}\n',
      ].join('\n'),
    )
    expect(where(upstream.directives[0]!.block!)).toEqual([
      'server 127.0.0.1:18081 max_fails=1 fail_timeout=30s @upstream.conf:2',
      'server 127.0.0.1:18082 max_fails=1 fail_timeout=30s @upstream.conf:3',
    ])
    expect(config.files[0]!.text.split('\n')[0]).toBe('daemon off;')
  })

  it('expands the includes in place, relative to the main file, globs in sorted order', () => {
    const http = find(config.main, 'http').block!
    expect(where(http).slice(-4)).toEqual([
      'types @mime.types:2',
      'upstream lab_dead_pool @upstream.conf:1',
      'map $http_upgrade $connection_upgrade @websocket-map.conf:1',
      'server @nginx.conf:20',
    ])
    const location = find(find(http, 'server').block!, 'location')
    expect(where(location.block!)).toEqual([
      'proxy_connect_timeout 1s @nginx.conf:24',
      'proxy_pass http://lab_dead_pool @nginx.conf:25',
    ])
    // The file itself keeps its include directives.
    expect(where(find(config.files[0]!.directives, 'http').block!)).toContain(
      'include conf.d/*.conf @nginx.conf:19',
    )
  })
})

describe("readConfigPaste: a real dump of crossplane's includes-globbed config", () => {
  // nginx 1.22.1 -T on nginxinc/crossplane @16de93a tests/configs/includes-globbed/.
  const config = readConfigPaste(fixture('crossplane-includes-globbed-dump.txt'))

  it('includes each file once per include site, patterns taken from the main directory', () => {
    expect(config.problems).toEqual([])
    const servers = find(config.main, 'http').block!
    expect(where(servers)).toEqual(['server @server1.conf:1', 'server @server2.conf:1'])
    for (const server of servers) {
      expect(where(server.block!).slice(1)).toEqual([
        'location /foo @location1.conf:1',
        'location /bar @location2.conf:1',
      ])
    }
  })
})

describe('readConfigPaste: includes', () => {
  it('follows a cycle once and reports it at the include', () => {
    const text = dump([
      ['/etc/nginx/nginx.conf', 'http {\n    include a.conf;\n}'],
      ['/etc/nginx/a.conf', 'gzip on;\ninclude b.conf;'],
      ['/etc/nginx/b.conf', 'include /etc/nginx/a.conf;\nsendfile on;'],
    ])
    const config = readConfigPaste(text)
    expect(where(find(config.main, 'http').block!)).toEqual([
      'gzip on @a.conf:1',
      'include /etc/nginx/a.conf @b.conf:1',
      'sendfile on @b.conf:2',
    ])
    expect(config.problems).toEqual([
      {
        file: '/etc/nginx/b.conf',
        line: 1,
        message:
          'include cycle, not followed: /etc/nginx/a.conf → /etc/nginx/b.conf → /etc/nginx/a.conf',
      },
    ])
  })

  it('keeps an include that names no pasted file', () => {
    const text = dump([
      ['/etc/nginx/nginx.conf', 'include /etc/nginx/modules-enabled/*.conf;\nhttp {}'],
    ])
    expect(where(readConfigPaste(text).main)).toEqual([
      'include /etc/nginx/modules-enabled/*.conf @nginx.conf:1',
      'http @nginx.conf:2',
    ])
  })

  it('matches *, ? and [...] like glob(3), not across / and not hidden files', () => {
    const text = dump([
      ['/etc/nginx/nginx.conf', 'include sites/*.conf;\ninclude /etc/nginx/x?/[ab]*;'],
      ['/etc/nginx/sites/b.conf', 'b;'],
      ['/etc/nginx/sites/a.conf', 'a;'],
      ['/etc/nginx/sites/.hidden.conf', 'hidden;'],
      ['/etc/nginx/sites/deep/c.conf', 'deep;'],
      ['/etc/nginx/x1/after', 'after;'],
      ['/etc/nginx/x1/bee', 'bee;'],
    ])
    expect(readConfigPaste(text).main.map((d) => d.name)).toEqual(['a', 'b', 'after', 'bee'])
    expect(globToRegExp('/a/[!x]?.conf').test('/a/yz.conf')).toBe(true)
    expect(globToRegExp('/a/[!x]?.conf').test('/a/xz.conf')).toBe(false)
    expect(globToRegExp('/a/(b)+.conf').test('/a/(b)+.conf')).toBe(true)
    expect(normalizePath('/etc/nginx/./conf.d//../a.conf')).toBe('/etc/nginx/a.conf')
  })

  it('stops expanding includes that multiply, with a problem', () => {
    const files: [string, string][] = [['/c/main.conf', 'include /c/f0.conf;']]
    for (let k = 0; k < 30; k += 1) {
      files.push([`/c/f${k}.conf`, `x;\ninclude /c/f${k + 1}.conf;\ninclude /c/f${k + 1}.conf;`])
    }
    const config = readConfigPaste(dump(files))
    expect(config.problems.map((p) => p.message)).toContain(
      'the includes expand to more than a million directives: the rest is not expanded',
    )
  })
})

describe('readConfigPaste: what surrounds the configuration', () => {
  it('accepts CRLF line ends and a prompt before the dump', () => {
    const text = [
      'root@web:~# nginx -T',
      'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
      'nginx: configuration file /etc/nginx/nginx.conf test is successful',
      '# configuration file /etc/nginx/nginx.conf:',
      'events {}',
      'http {',
      '    proxy_pass http://a;',
      '}',
      '',
      'root@web:~# ',
    ].join('\r\n')
    const config = readConfigPaste(text)
    expect(config.problems).toEqual([])
    expect(config.files.map((f) => f.path)).toEqual(['/etc/nginx/nginx.conf'])
    expect(where(find(config.main, 'http').block!)).toEqual(['proxy_pass http://a @nginx.conf:3'])
  })

  it('reads a paste without markers as one file numbered as pasted', () => {
    const text = '$ sudo cat /etc/nginx/sites-enabled/app\nserver {\n    listen 80;\n}\n'
    const config = readConfigPaste(text)
    expect(config.files.map((f) => [f.path, f.text])).toEqual([['', text]])
    expect(where(config.main)).toEqual(['server @:2'])
    expect(config.problems).toEqual([])
  })

  it('says so when lines before the first marker are not noise', () => {
    const text = 'upstream x { server a; }\n' + dump([['/etc/nginx/nginx.conf', 'events {}']])
    expect(readConfigPaste(text).problems).toEqual([
      { file: '', line: 1, message: expect.stringContaining('not part of the dump') },
    ])
  })

  it.each([
    ['$ sudo nginx -T', true],
    ['user@web:~$ sudo nginx -T', true],
    ['[root@web ~]# docker exec web nginx -T', true],
    ['root@web:~# ', true],
    [
      '> kubectl exec -n ingress-nginx deploy/ingress-nginx-controller -- cat /etc/nginx/nginx.conf',
      true,
    ],
    ['nginx: [warn] the "listen ... http2" directive is deprecated', true],
    ['nginx: configuration file /etc/nginx/nginx.conf test failed', true],
    ['configure arguments: --with-http_ssl_module', true],
    ['# nginx -T', false],
    ['server_name example.com;', false],
    ["log_format main '$remote_addr@$host';", false],
    ['    proxy_pass http://app;', false],
  ])('noise: %s → %s', (line, noise) => expect(isPasteNoise(line)).toBe(noise))

  it.each([
    ['nginx version: nginx/1.24.0', '1.24.0'],
    ['nginx version: nginx/1.18.0 (Ubuntu)', '1.18.0'],
    ['nginx version: openresty/1.21.4.1', '1.21.4'],
    ['Tengine version: Tengine/2.3.3 (nginx/1.18.0)', '1.18.0'],
    ['nginx version: freenginx/1.27.2', '1.27.2'],
    ['nginx: [warn] something', undefined],
  ])('version of %s', (line, version) => expect(versionFrom(line)).toBe(version))

  it('takes the version from `nginx -v` pasted after the configuration', () => {
    const config = readConfigPaste('server {}\n$ nginx -v\nnginx version: nginx/1.25.3\n')
    expect([config.version, config.problems]).toEqual(['1.25.3', []])
  })

  it('reads an empty paste as one empty file', () => {
    expect(readConfigPaste('')).toEqual({
      files: [{ path: '', text: '', directives: [] }],
      main: [],
      problems: [],
      pools: [],
    })
  })
})

describe('a config pasted as a Markdown quote', () => {
  // https://github.com/alibaba/tengine/issues/1014: every line of the config begins with `> `.
  const quoted = CORPUS_CONFIGS.find((c) => c.source.endsWith('tengine/issues/1014'))!.text

  it('is read without its quote marks, each line where it was', () => {
    const { files, main } = readConfigPaste(quoted)
    expect(files[0]!.text.split('\n')).toHaveLength(quoted.split('\n').length)
    expect(files[0]!.text).not.toMatch(/^ {0,3}>/m)
    expect(main.length).toBeGreaterThan(0)
  })

  it('is left alone when a single line is not quoted (`>` is then part of the text)', () => {
    expect(unquoteMarkdown(`${quoted}\nserver_tokens off;`)).toBe(`${quoted}\nserver_tokens off;`)
  })
})
