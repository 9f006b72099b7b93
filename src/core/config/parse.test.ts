import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, parseConfigText } from './parse.ts'
import type { Directive } from './types.ts'

// crossplane's test configs (nginxinc/crossplane @16de93a, tests/configs/, Apache-2.0), copied
// unchanged into fixtures/crossplane/; what they must give follows tests/test_parse.py.
const crossplane = (name: string): string =>
  readFileSync(new URL(`fixtures/crossplane/${name}.conf`, import.meta.url), 'utf8')

/** A directive tree as `name args… {…}` lines, with `@line`, to compare at a glance. */
function outline(list: readonly Directive[], pad = ''): string[] {
  return list.flatMap((d) => {
    const head = `${pad}${[d.name, ...d.args].join(' ')} @${d.line}`
    if (d.opaque !== undefined) return [`${head} <lua>`]
    if (d.block === undefined) return [head]
    return [`${head} {`, ...outline(d.block, `${pad}  `), `${pad}}`]
  })
}

const parse = (text: string) => parseConfigText(text, 'test.conf')
const messages = (text: string) => parse(text).problems.map((p) => [p.line, p.message])

describe('parseConfigText: shape', () => {
  it("reads crossplane's simple config with file and line on every directive", () => {
    const { directives, problems } = parse(crossplane('simple'))
    expect(problems).toEqual([])
    expect(outline(directives)).toEqual([
      'events @1 {',
      '  worker_connections 1024 @2',
      '}',
      'http @5 {',
      '  server @6 {',
      '    listen 127.0.0.1:8080 @7',
      '    server_name default_server @8',
      '    location / @9 {',
      '      return 200 foo bar baz @10',
      '    }',
      '  }',
      '}',
    ])
    expect(directives[0]).toMatchObject({ file: 'test.conf', line: 1 })
  })

  it('reads a bare server{} or location{} paste: no context checks', () => {
    expect(parse('server { listen 80; }').problems).toEqual([])
    expect(outline(parse('location /api/ {\n  proxy_pass http://app;\n}').directives)).toEqual([
      'location /api/ @1 {',
      '  proxy_pass http://app @2',
      '}',
    ])
  })

  it('drops comments, also between arguments (comments-between-args)', () => {
    const { directives, problems } = parse(crossplane('comments-between-args'))
    expect(problems).toEqual([])
    expect(directives[0]!.block).toEqual([
      { name: 'log_format', args: [String.raw`\#arg\ 1`, '#arg 2'], file: 'test.conf', line: 2 },
    ])
  })

  it('strips the parentheses of if, as crossplane does', () => {
    const [d] = parse('if ($request_method = POST) { return 405; }').directives
    expect(d!.args).toEqual(['$request_method', '=', 'POST'])
    expect(parse('if ( $slow ) {}').directives[0]!.args).toEqual(['$slow'])
  })

  it('keeps data blocks as key/value directives (map, geo, types, split_clients, match)', () => {
    const text = [
      'map $http_upgrade $connection_upgrade {',
      '    default upgrade;',
      "    ''      close;",
      '    ~*^if  x;',
      '}',
      'geo $remote_addr $office { default 0; 10.0.0.0/8 1; }',
      'types { text/html html htm; }',
      'split_clients "${remote_addr}" $variant { 50% a; * b; }',
      'match ok { status 200; header Content-Type = text/html; body ~ "Welcome"; }',
    ].join('\n')
    const { directives, problems } = parse(text)
    expect(problems).toEqual([])
    expect(outline(directives)).toEqual([
      'map $http_upgrade $connection_upgrade @1 {',
      '  default upgrade @2',
      '   close @3',
      '  ~*^if x @4',
      '}',
      'geo $remote_addr $office @6 {',
      '  default 0 @6',
      '  10.0.0.0/8 1 @6',
      '}',
      'types @7 {',
      '  text/html html htm @7',
      '}',
      'split_clients ${remote_addr} $variant @8 {',
      '  50% a @8',
      '  * b @8',
      '}',
      'match ok @9 {',
      '  status 200 @9',
      '  header Content-Type = text/html @9',
      '  body ~ Welcome @9',
      '}',
    ])
  })

  it("reads crossplane's map configs with empty and spaced keys", () => {
    const empty = parse(crossplane('empty-value-map')).directives[1]!.block![0]!
    expect(empty.block!.map((d) => [d.name, ...d.args])).toEqual([
      ['', '$arg'],
      ['*.example.com', ''],
    ])
    const spaced = parse(crossplane('directive-with-space')).directives[1]!.block![0]!
    expect(spaced.block!.map((d) => d.name)).toEqual(['default', '~Opera Mini'])
  })

  it('keeps *_by_lua_block bodies as opaque text', () => {
    const { directives, problems } = parse(crossplane('lua-block-tricky'))
    expect(problems).toEqual([])
    expect(outline(directives)).toEqual([
      'http @1 {',
      '  server @2 {',
      '    listen 127.0.0.1:8080 @3',
      '    server_name content_by_lua_block @4',
      '    set_by_lua_block $res @5 <lua>',
      '    rewrite_by_lua_block @12 <lua>',
      '  }',
      '  upstream content_by_lua_block @18 {',
      '  }',
      '}',
    ])
    const [setBy, rewriteBy] = directives[0]!.block![0]!.block!.slice(2)
    expect(setBy!.opaque).toContain('return a + b;          -- return the $sum value normally')
    expect(rewriteBy!.opaque).toContain('btn = iup.button({title="ok"})')
    const lua = parse(crossplane('lua-block-simple'))
    expect(lua.problems).toEqual([])
    const server = lua.directives[0]!.block!.find((d) => d.name === 'server')!
    expect(server.block!.map((d) => d.name)).toEqual([
      'listen',
      'location',
      'ssl_certificate_by_lua_block',
      'location',
    ])
  })

  it('reads non-ASCII text (russian-text)', () => {
    expect(parse(crossplane('russian-text')).directives[0]).toMatchObject({
      name: 'env',
      args: ['русский текст'],
    })
  })
})

describe('parseConfigText: problems at their line, and the rest still read', () => {
  it("a missing ; before } (crossplane's missing-semicolon configs)", () => {
    for (const [name, line] of [
      ['missing-semicolon-broken-above', 4],
      ['missing-semicolon-broken-below', 7],
    ] as const) {
      const { directives, problems } = parse(crossplane(name))
      expect(problems).toEqual([
        {
          file: 'test.conf',
          line,
          message: `missing \`;\` after \`proxy_pass\` at line ${line}: the \`}\` on line ${line + 1} comes first`,
        },
      ])
      const locations = directives[0]!.block![0]!.block!
      expect(locations.map((l) => [l.args[0], l.block![0]!.args[0]])).toHaveLength(2)
    }
  })

  it('a missing ; at the end of the file', () => {
    expect(messages('events {}\nworker_processes auto')).toEqual([
      [2, 'missing `;` after `worker_processes` at line 2: the file ends first'],
    ])
  })

  it('a missing ; before the next line’s directive', () => {
    const text = [
      'location / {',
      '    proxy_pass http://app',
      '    proxy_set_header Host $host;',
      '    proxy_read_timeout 5s;',
      '}',
    ].join('\n')
    const { directives, problems } = parse(text)
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [
        2,
        'missing `;` after `proxy_pass` at line 2: nginx would read `proxy_set_header` on line 3 as more of its arguments',
      ],
    ])
    expect(outline(directives)).toEqual([
      'location / @1 {',
      '  proxy_pass http://app @2',
      '  proxy_set_header Host $host @3',
      '  proxy_read_timeout 5s @4',
      '}',
    ])
  })

  it('does not take arguments on following lines for a missing ;', () => {
    const text = [
      'server_name example.com',
      '            www.example.com;',
      'proxy_next_upstream error timeout',
      '    http_502 non_idempotent;',
      "log_format main '$remote_addr'",
      "                 '$status';",
      'listen 443 ssl',
      '    default_server;',
    ].join('\n')
    expect(parse(text).problems).toEqual([])
  })

  it('an unexpected }', () => {
    const { directives, problems } = parse('events {}\n}\nhttp { }\n')
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'unexpected `}` at line 2: there is no open block to close'],
    ])
    expect(directives.map((d) => d.name)).toEqual(['events', 'http'])
  })

  it('a { never closed, at the line of the {', () => {
    const text = 'http {\n    server {\n        listen 80;\n    }\n'
    const { directives, problems } = parse(text)
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, '`{` at line 1 (`http`) is never closed: the file ends before its `}`'],
    ])
    expect(outline(directives)).toContain('    listen 80 @3')
  })

  it('a stray ; and a { without a name', () => {
    expect(messages('a 1;;\n{ b 2; }\nc 3;')).toEqual([
      [1, 'unexpected `;` at line 1: there is no directive before it'],
      [2, '`{` at line 2 has no directive name before it'],
    ])
    expect(parse('a 1;;\n{ b 2; }\nc 3;').directives.map((d) => d.name)).toEqual(['a', 'b', 'c'])
  })

  it('caps nesting at MAX_DEPTH and says so', () => {
    const { directives, problems } = parse('a {'.repeat(MAX_DEPTH + 50))
    let depth = 0
    for (let level = directives; level[0]?.block !== undefined; level = level[0].block) depth += 1
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1)
    expect(problems[0]!.message).toContain('deeper than')
  })

  it('caps the number of problems on garbage', () => {
    const { problems } = parse('}\n'.repeat(5000))
    expect(problems.length).toBeLessThan(600)
    expect(problems.at(-1)!.message).toMatch(/^and \d+ more problems/)
  })
})
