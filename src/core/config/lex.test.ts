import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lex, type Token } from './lex.ts'

// crossplane's own test configs (nginxinc/crossplane @16de93a, tests/configs/<name>/nginx.conf,
// Apache-2.0), copied unchanged into fixtures/crossplane/; expectations from tests/test_lex.py
// and tests/ext/test_lua.py, rewritten here.
const crossplane = (name: string): string =>
  readFileSync(new URL(`fixtures/crossplane/${name}.conf`, import.meta.url), 'utf8')

const words = (text: string): string[] => lex(text).tokens.map((t) => t.text)
const withLines = (text: string): [string, number][] =>
  lex(text).tokens.map((t) => [t.text, t.line])

describe('lex: the rules, one case each', () => {
  // prettier-ignore
  it.each<[string, string, string[]]>([
    ['whitespace separates', 'listen  80\tdefault_server;', ['listen', '80', 'default_server', ';']],
    ['braces and ; are tokens', 'a{b;}c', ['a', '{', 'b', ';', '}', 'c']],
    ['# starts a comment at token start', 'a; # note\nb;', ['a', ';', '# note', 'b', ';']],
    ['# inside a word is the word', 'a#b c#;', ['a#b', 'c#', ';']],
    ['a comment may hold quotes and braces', "# it's { here\nx;", ["# it's { here", 'x', ';']],
    ['double quotes', 'return 200 "a b";', ['return', '200', 'a b', ';']],
    ['single quotes', "add_header X 'a; b';", ['add_header', 'X', 'a; b', ';']],
    ['\\" inside double quotes', String.raw`x "a\"b";`, ['x', 'a"b', ';']],
    ["\\' inside single quotes", String.raw`x 'a\'b';`, ['x', "a'b", ';']],
    ['other backslash pairs are kept', String.raw`x "a\nb\\c\'";`, ['x', String.raw`a\nb\\c\'`, ';']],
    ['a quote inside a word is a character', 'x a"b"c;', ['x', 'a"b"c', ';']],
    ['a closing quote ends the word', 'x "a"b;', ['x', 'a', 'b', ';']],
    ['empty quotes are a word', "x '' \"\";", ['x', '', '', ';']],
    ['a quoted brace is a word', 'x "{" "}" ";";', ['x', '{', '}', ';', ';']],
    ['escaped specials stay in the word', String.raw`location /\{\;\} {}`, ['location', String.raw`/\{\;\}`, '{', '}']],
    ['${var} is swallowed whole', 'try_files ${uri}.html =404;', ['try_files', '${uri}.html', '=404', ';']],
    ['${var} then a space ends the word', 'x /a/${uri} /b;', ['x', '/a/${uri}', '/b', ';']],
    ['a bare { after text ends the word', 'location /a{}', ['location', '/a', '{', '}']],
    ['CR is whitespace', 'a b;\r\nc;\r\n', ['a', 'b', ';', 'c', ';']],
    ['nothing at all', '', []],
    ['only a comment, no newline', '# x', ['# x']],
  ])('%s', (_name, text, expected) => expect(words(text)).toEqual(expected))
})

describe('lex: lines and flags', () => {
  it('counts lines, including newlines inside quotes', () => {
    expect(withLines('a "x\ny" b;\nc;')).toEqual([
      ['a', 1],
      ['x\ny', 1],
      ['b', 2],
      [';', 2],
      ['c', 3],
      [';', 3],
    ])
    expect(lex('a "x\ny";').tokens[1]).toEqual({ text: 'x\ny', line: 1, quoted: true, endLine: 2 })
  })

  it('marks quoted and comment tokens', () => {
    const [a, b, c] = lex('"{" { # c').tokens as [Token, Token, Token]
    expect([a.quoted, b.quoted, c.kind]).toEqual([true, false, 'comment'])
  })

  it('reports an unclosed quote at its line and reads the rest as one string', () => {
    const { tokens, problems } = lex('a;\nb "oops;\nc;\n')
    expect(tokens.map((t) => t.text)).toEqual(['a', ';', 'b', 'oops;\nc;\n'])
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }])
  })
})

describe('lex: Lua blocks are one opaque token', () => {
  // prettier-ignore
  it.each<[string, string, string[]]>([
    ['braces in a Lua string', 'content_by_lua_block { ngx.say("}{") }', ['content_by_lua_block', ' ngx.say("}{") ']],
    ['an apostrophe in a Lua comment', "access_by_lua_block {\n -- don't }\n x = 1\n}", ['access_by_lua_block', "\n -- don't }\n x = 1\n"]],
    ['escaped quote in a Lua string', String.raw`log_by_lua_block { s = "a\"}" }`, ['log_by_lua_block', String.raw` s = "a\"}" `]],
    ['long strings and long comments', 'init_by_lua_block { a = [[ } ]] --[==[ } ]==] }', ['init_by_lua_block', ' a = [[ } ]] --[==[ } ]==] ']],
    ['nested Lua tables', 'rewrite_by_lua_block { t = { {1}, {2} } }', ['rewrite_by_lua_block', ' t = { {1}, {2} } ']],
    ['set_by_lua_block takes one argument', 'set_by_lua_block $res { return 1 }', ['set_by_lua_block', '$res', ' return 1 ']],
    ['not at directive position: an ordinary word', 'server_name content_by_lua_block;', ['server_name', 'content_by_lua_block', ';']],
    ['without a { it is an ordinary directive', 'content_by_lua_block;', ['content_by_lua_block', ';']],
  ])('%s', (_name, text, expected) => expect(words(text)).toEqual(expected))

  it('reports a Lua block that is never closed at the line it opens', () => {
    const { tokens, problems } = lex('http {\n content_by_lua_block {\n  f("x")\n')
    expect(tokens.at(-1)).toMatchObject({ kind: 'opaque', line: 2 })
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('Lua block') }])
  })
})

describe("lex: crossplane's test configs", () => {
  // prettier-ignore
  it('simple', () => {
    expect(withLines(crossplane('simple'))).toEqual([
      ['events', 1], ['{', 1], ['worker_connections', 2], ['1024', 2], [';', 2], ['}', 3],
      ['http', 5], ['{', 5], ['server', 6], ['{', 6], ['listen', 7], ['127.0.0.1:8080', 7],
      [';', 7], ['server_name', 8], ['default_server', 8], [';', 8], ['location', 9], ['/', 9],
      ['{', 9], ['return', 10], ['200', 10], ['foo bar baz', 10], [';', 10], ['}', 11],
      ['}', 12], ['}', 13],
    ])
  })

  // prettier-ignore
  it('with-comments', () => {
    const tokens = withLines(crossplane('with-comments'))
    expect(tokens.filter(([text]) => text.startsWith('#'))).toEqual([
      ['#comment', 4], ['#listen', 7], ['## this is brace', 9], ['# location /', 10],
    ])
  })

  // prettier-ignore
  it('messy (one difference: nginx ends `${uri}` at the space, crossplane glued it on)', () => {
    const tokens = withLines(crossplane('messy'))
    expect(tokens.slice(0, 5)).toEqual([
      ['user', 1], ['nobody', 1], [';', 1],
      [String.raw`# hello\n\\n\\\n worlddd  \#\\#\\\# dfsf\n \\n \\\n `, 2],
      ['events', 3],
    ])
    const texts = tokens.map(([text]) => text)
    expect(texts).toContain(String.raw`Ser" ' ' ver\\ \ $server_addr:\$server_port\n\nTime: $time_local\n\n`)
    expect(texts).toContain(String.raw`P\{O\)\###\;ST`)
    expect(texts).toContain('/hello/world;')
    expect(tokens).toContainEqual(['/sta;\n                    tus', 21])
    expect(texts.slice(texts.indexOf('try_files'), texts.indexOf('try_files') + 4)).toEqual([
      'try_files', '/abc/${uri}', '/abc/${uri}.html', '=404',
    ])
    expect(tokens.slice(-4)).toEqual([['server', 24], ['{', 25], ['}', 25], ['}', 25]])
  })

  // prettier-ignore
  it('quote-behavior', () => {
    expect(words(crossplane('quote-behavior'))).toEqual([
      'outer-quote', 'left', '-quote', 'right-"quote"', 'inner"-"quote', ';',
      '', '', 'left-empty', 'right-empty""', 'inner""empty', 'right-empty-single"', ';',
    ])
  })

  // prettier-ignore
  it('quoted-right-brace', () => {
    const texts = words(crossplane('quoted-right-brace'))
    expect(texts.slice(0, 9)).toEqual([
      'events', '{', '}', 'http', '{', 'log_format', 'main', 'escape=json',
      '{ "@timestamp": "$time_iso8601", ',
    ])
    expect(texts.slice(-4)).toEqual(['"agent": "$http_user_agent"', '}', ';', '}'])
  })

  // prettier-ignore
  it('lua-block-simple', () => {
    const { tokens } = lex(crossplane('lua-block-simple'))
    const opaque = tokens.filter((t) => t.kind === 'opaque')
    expect(opaque.map((t) => [t.line, t.endLine])).toEqual([
      [2, 4], [5, 7], [8, 10], [11, 13], [17, 19], [22, 24], [33, 35], [36, 38],
    ])
    expect(opaque[0]!.text).toBe('\n        print("Lua block code with curly brace str {")\n    ')
    expect(tokens.at(-1)).toMatchObject({ text: '}', line: 40 })
  })

  it('lua-block-larger', () => {
    const opaque = lex(crossplane('lua-block-larger')).tokens.filter((t) => t.kind === 'opaque')
    expect(opaque).toHaveLength(2)
    expect(opaque[1]!.text).toContain('string.match(ngx.var.request_body, "evil")')
  })

  // prettier-ignore
  it('lua-block-tricky', () => {
    const { tokens } = lex(crossplane('lua-block-tricky'))
    expect(tokens.slice(7, 14).map((t) => [t.text, t.line])).toEqual([
      ['server_name', 4], ['content_by_lua_block', 4], [';', 4],
      ["# make sure this doesn't trip up lexers", 4], ['set_by_lua_block', 5], ['$res', 5],
      [expect.stringContaining('return a + b;'), 5],
    ])
    expect(tokens.slice(-7).map((t) => [t.text, t.line])).toEqual([
      ['}', 17], ['upstream', 18], ['content_by_lua_block', 18], ['{', 18], ['# stuff', 19],
      ['}', 20], ['}', 21],
    ])
  })
})
