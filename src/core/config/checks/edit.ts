import type { Directive, ParsedConfig } from '../types.ts'
import type { ConfigEdit, ConfigMistake } from './types.ts'

/** The text of a directive's line in the person's file, or undefined if the file is not pasted. */
export function lineOf(config: ParsedConfig, directive: Directive): string | undefined {
  const file = config.files.find((f) => f.path === directive.file)
  return file?.text.split(/\r?\n/)[directive.line - 1]
}

/** The directive as a person reads it: `proxy_pass http://localhost:3000`. */
export function written(directive: Directive): string {
  return [directive.name, ...directive.args].join(' ')
}

/** Replaces `from` with `to` on the directive's line, keeping the rest (indentation, comments). */
export function replaceOnLine(
  config: ParsedConfig,
  directive: Directive,
  from: string,
  to: string,
): ConfigEdit | undefined {
  const before = lineOf(config, directive)
  if (before === undefined || !before.includes(from)) return undefined
  return { file: directive.file, line: directive.line, before, after: before.replace(from, to) }
}

/** Gives the directive a new value on its own line, keeping the rest (a comment after it …). */
export function setValue(
  config: ParsedConfig,
  directive: Directive,
  value: string,
): ConfigEdit | undefined {
  const before = lineOf(config, directive)
  if (before === undefined || !/^[a-z_0-9]+$/.test(directive.name)) return undefined
  const written = new RegExp(`(\\b${directive.name}\\s+)[^;]*`)
  if (!written.test(before)) return undefined
  const after = before.replace(written, `$1${value}`)
  return { file: directive.file, line: directive.line, before, after }
}

/**
 * Adds `text` on a new line after the directive's, with the same indentation; after a block's
 * opening line (`http {`), inside it, indented as its first child is.
 */
export function addAfter(
  config: ParsedConfig,
  directive: Directive,
  text: string,
): ConfigEdit | undefined {
  const before = lineOf(config, directive)
  if (before === undefined) return undefined
  const own = /^\s*/.exec(before)?.[0] ?? ''
  const child = directive.block?.find((d) => d.file === directive.file && d.line > directive.line)
  const childLine = child === undefined ? undefined : lineOf(config, child)
  const inner = childLine === undefined ? `${own}    ` : (/^\s*/.exec(childLine)?.[0] ?? '')
  const indent = directive.block === undefined ? own : inner
  return {
    file: directive.file,
    line: directive.line,
    before,
    after: `${before}\n${indent}${text}`,
  }
}

/** The edits that could be made, without the ones whose line is not in the paste. */
export function edits(...made: (ConfigEdit | undefined)[]): ConfigEdit[] {
  return made.filter((e): e is ConfigEdit => e !== undefined)
}

/** A mistake at a directive: where it stands and how it reads, with what else is known. */
export function mistakeAt(
  check: ConfigMistake['check'],
  directive: Directive,
  severity: ConfigMistake['severity'],
  more: { target?: string; edits?: ConfigEdit[]; assumed?: string } = {},
): ConfigMistake {
  return {
    check,
    file: directive.file,
    line: directive.line,
    directive: written(directive),
    severity,
    edits: [],
    ...more,
  }
}
