import type { AnalyzedLine } from '../core/log/analyze.ts'

/**
 * One JSON Lines record: `line` and `cause` first (the contract), then the facts. The facts'
 * JSON text is spliced in rather than the object spread into a new one first: with a million
 * lines, that copy is a visible part of `--json`'s cost.
 */
export function toJsonLine(result: AnalyzedLine): string {
  const { line, cause, facts, continues } = result
  const head = `{"line":${line},"cause":${cause === null ? 'null' : `"${cause}"`}`
  const more =
    (continues === undefined ? '' : `,"continues":${continues}`) +
    // The host, pod or container a wrapper named (cli.md): beside `line` and `cause`.
    (facts.extra?.instance === undefined
      ? ''
      : `,"instance":${JSON.stringify(facts.extra.instance)}`)
  return `${head}${more},${JSON.stringify(facts).slice(1)}\n`
}
