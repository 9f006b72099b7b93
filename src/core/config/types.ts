import type { PhpPool } from './pool.ts'

/** One directive of an nginx configuration, where it stands, and its block if it has one. */
export interface Directive {
  /** The directive's name as written (`proxy_pass`, `location`, `if`, `include` …). */
  name: string
  /** Its arguments, unquoted (quotes and `\\"` escapes resolved), variables kept as written. */
  args: string[]
  /** The file it is in: the path from `# configuration file PATH:`, or `''` for a bare paste. */
  file: string
  /** 1-based line in that file (its own numbering, not the paste's). */
  line: number
  /** Children of a block (`server { … }`); absent for a simple directive. */
  block?: Directive[]
  /**
   * The body of a block kept as text, not parsed: `*_by_lua_block { … }`. Its braces and
   * quotes are Lua's, not nginx's.
   */
  opaque?: string
}

/** Something the parser could not read, said plainly, at its place; the rest is still read. */
export interface ConfigProblem {
  file: string
  line: number
  message: string
}

/** One file of the paste, with its own text (for edits that keep the person's lines). */
export interface ConfigFile {
  path: string
  /** The file's text exactly as pasted (without the dump's `# configuration file` line). */
  text: string
  /** Its top-level directives, includes not expanded. */
  directives: Directive[]
}

/** A pasted configuration, read: each file, and the main one with its includes expanded. */
export interface ParsedConfig {
  files: ConfigFile[]
  /**
   * The main context as nginx sees it: `include`s replaced by the directives of the files
   * they name (each keeping its own `file` and `line`); an include naming no pasted file stays.
   */
  main: Directive[]
  problems: ConfigProblem[]
  /** PHP-FPM pools pasted with it (their lines are not nginx's). */
  pools: PhpPool[]
  /** nginx's version when the paste shows it (`nginx version: nginx/1.24.0`, `nginx -V`). */
  version?: string
}
