import type { AnalyzedLine } from '../core/log/analyze.ts'
import type { LineFacts } from '../core/log/types.ts'

const str = (value: string): string => JSON.stringify(value)

/**
 * One JSON Lines record: `line` and `cause` first (the contract), then the facts. Written by
 * hand because a million of these are the whole cost of `--json`: this is much faster than
 * `JSON.stringify` on a spread object, and it writes the same JSON a reader would parse
 * (strings still go through `JSON.stringify`, so escaping is exact).
 */
export function toJsonLine(result: AnalyzedLine): string {
  const { line, cause, facts, continues } = result
  let out = `{"line":${line},"cause":${cause === null ? 'null' : str(cause)}`
  if (continues !== undefined) out += `,"continues":${continues}`
  return `${out}${factsJson(facts)}}\n`
}

function factsJson(f: LineFacts): string {
  let out = `,"source":"${f.source}"`
  if (f.time !== undefined) out += `,"time":${str(f.time)}`
  if (f.level !== undefined) out += `,"level":"${f.level}"`
  if (f.pid !== undefined) out += `,"pid":${f.pid}`
  if (f.tid !== undefined) out += `,"tid":${f.tid}`
  if (f.connection !== undefined) out += `,"connection":${f.connection}`
  if (f.message !== undefined) out += `,"message":${str(f.message)}`
  if (f.errno !== undefined) out += `,"errno":${f.errno},"errnoText":${str(f.errnoText ?? '')}`
  if (f.phase !== undefined) out += `,"phase":${str(f.phase)}`
  if (f.client !== undefined) out += `,"client":${str(f.client)}`
  if (f.server !== undefined) out += `,"server":${str(f.server)}`
  if (f.request !== undefined) {
    const { method, path, protocol } = f.request
    out += `,"request":{"method":${str(method)},"path":${str(path)},"protocol":${str(protocol)}}`
  }
  if (f.subrequest !== undefined) out += `,"subrequest":${str(f.subrequest)}`
  if (f.upstream !== undefined) {
    const u = f.upstream
    out += `,"upstream":{"scheme":${str(u.scheme)},"host":${str(u.host)},"port":${u.port},"socket":${u.socket === null ? 'null' : str(u.socket)},"uri":${str(u.uri)},"address":${str(u.address)}}`
  }
  if (f.host !== undefined) out += `,"host":${str(f.host)}`
  if (f.referrer !== undefined) out += `,"referrer":${str(f.referrer)}`
  if (f.resolver !== undefined) out += `,"resolver":${str(f.resolver)}`
  if (f.status !== undefined) out += `,"status":${f.status}`
  if (f.upstreamStatuses !== undefined)
    out += `,"upstreamStatuses":${JSON.stringify(f.upstreamStatuses)}`
  if (f.alternative !== undefined) out += `,"alternative":"${f.alternative}"`
  if (f.lookalike !== undefined) out += `,"lookalike":${str(f.lookalike)}`
  if (f.extra !== undefined) out += `,"extra":${JSON.stringify(f.extra)}`
  return out
}
