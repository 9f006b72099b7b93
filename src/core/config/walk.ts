import type { Directive } from './types.ts'

/** A directive with the blocks around it, outermost first (`http`, `server`, `location` …). */
export interface Placed {
  directive: Directive
  parents: readonly Directive[]
}

/** Every directive of a configuration, depth first, each with the blocks it sits in. */
export function placedDirectives(main: readonly Directive[]): Placed[] {
  const out: Placed[] = []
  const visit = (list: readonly Directive[], parents: readonly Directive[]): void => {
    for (const directive of list) {
      out.push({ directive, parents })
      if (directive.block !== undefined) visit(directive.block, [...parents, directive])
    }
  }
  visit(main, [])
  return out
}

/**
 * The directives named `name` in force where `parents` ends: those of the innermost level
 * that has any, as nginx inherits (a level that sets one `proxy_set_header` replaces them all).
 */
export function inForce(
  name: string,
  parents: readonly Directive[],
  main: readonly Directive[],
): Directive[] {
  for (let i = parents.length - 1; i >= 0; i -= 1) {
    const here = (parents[i]!.block ?? []).filter((d) => d.name === name)
    if (here.length > 0) return here
  }
  return main.filter((d) => d.name === name)
}

/** The first argument of the directive in force, or undefined when none is set (the default). */
export function valueInForce(
  name: string,
  parents: readonly Directive[],
  main: readonly Directive[],
): string | undefined {
  return inForce(name, parents, main)[0]?.args[0]
}

/** The `upstream` blocks by name (they live in `http`, or at the top of a bare paste). */
export function upstreamBlocks(main: readonly Directive[]): Map<string, Directive> {
  const found = new Map<string, Directive>()
  for (const { directive, parents } of placedDirectives(main)) {
    const inStream = parents.some((p) => p.name === 'stream')
    if (directive.name === 'upstream' && directive.block !== undefined && !inStream) {
      const name = directive.args[0]
      if (name !== undefined && !found.has(name)) found.set(name, directive)
    }
  }
  return found
}
