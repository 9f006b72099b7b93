/** What a wrapper's prefix says: the tool or platform, and where the line came from. */
export interface PrefixFacts {
  /** `docker-compose`, `kubernetes` and `journald` also tell how nginx runs (infer-setup). */
  wrapper: string
  instance: string | null
}

const ISO = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?`
const SYSLOG_TIME = String.raw`[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d`
const NAME = String.raw`[A-Za-z0-9][\w.-]{0,252}`
const FACILITY =
  /^(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])\.[a-z]{3,7}$/
// The Loki labels that name an instance, most specific first.
const LOKI_LABELS = [
  'pod',
  'pod_name',
  'instance',
  'host',
  'hostname',
  'container',
  'container_name',
]

/** A prefix's shape, which wrapper it is, and which of its groups names the instance. */
interface Shape {
  wrapper: string
  shape: RegExp
  instance: (m: RegExpExecArray) => string | null
}

const group = (n: number) => (m: RegExpExecArray) => m[n] ?? null

// Each shape matches a whole prefix: everything before nginx's own time (or level).
const SHAPES: readonly Shape[] = [
  // `docker compose logs`: `web-3  | `.
  { wrapper: 'docker-compose', shape: /^\s{0,8}(\S{1,80}?) {1,30}\| $/, instance: group(1) },
  { wrapper: 'docker-compose', shape: /\S {1,8}\| $/, instance: () => null },
  // `kubectl logs --prefix`: `[pod/web-5d8f/nginx] `, maybe after kubectl's --timestamps.
  {
    wrapper: 'kubernetes',
    shape: /\[pod\/([\w.-]{1,253})(?:\/[\w.-]{1,63})?\] (?:\S{1,40} )?$/,
    instance: group(1),
  },
  // The ingress-nginx controller's own klog lines.
  {
    wrapper: 'kubernetes',
    shape: /^[IWE]\d{4} [\d:.]{8,20} {1,4}\d{1,10} [\w.-]{1,80}\.go:\d{1,6}\]/,
    instance: () => null,
  },
  // kail: `namespace/pod[container]: `.
  {
    wrapper: 'kubernetes',
    shape: /^[\w.-]{1,63}\/([\w.-]{1,253})\[[\w.-]{1,63}\]: $/,
    instance: group(1),
  },
  // Heroku: `2019-04-08T14:09:05.932714+00:00 app[web.1]: ` (the dyno; the router is none,
  // its lines name theirs in `dyno=`).
  {
    wrapper: 'heroku',
    shape: new RegExp(`^${ISO} (?:app|heroku)\\[([\\w.-]{1,40})\\]: $`),
    instance: (m) => (m[1] === 'router' ? null : (m[1] ?? null)),
  },
  // Loki's logcli: `2018-06-25T12:52:09Z {instance="consul-85"}  `, labels padded.
  {
    wrapper: 'loki',
    shape: new RegExp(`^${ISO} \\{([^}]{0,2000})\\} +$`),
    instance: (m) => lokiInstance(m[1] ?? ''),
  },
  // `aws logs tail`: `2022-09-02T12:51:31.251000+00:00 STREAM `.
  {
    wrapper: 'cloudwatch',
    shape: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00 (\S{1,512}) $/,
    instance: group(1),
  },
  // RFC 5424: `<13>1 2026-12-02T08:00:00Z host app procid msgid [sd] `.
  {
    wrapper: 'syslog',
    shape: new RegExp(`^\\s*<\\d{1,3}>1 (?:${ISO}|-) (${NAME}) \\S+ \\S+ \\S+ (?:-|\\[.*\\]) $`),
    instance: group(1),
  },
  // RFC 3164, as nginx's own `error_log syslog:` writes it: `<11>Dec  2 08:00:00 host nginx: `.
  {
    wrapper: 'syslog',
    shape: new RegExp(
      `^\\s*<\\d{1,3}>${SYSLOG_TIME} (${NAME}) [\\w./-]{1,48}(?:\\[\\d{1,10}\\])?: $`,
    ),
    instance: group(1),
  },
  // journald and syslog files: `Nov 05 15:28:00 app nginx[123]: `, `-o short-iso`'s ISO time.
  {
    wrapper: 'journald',
    shape: new RegExp(
      `^(?:${SYSLOG_TIME}|${ISO}) (${NAME}) [\\w.@/-]{1,64}(?:\\[\\d{1,10}\\])?: $`,
    ),
    instance: syslogHost,
  },
  // Where the time was cut off, or nginx logs to syslog itself inside journald's line (a second
  // `app nginx: `): the host before nginx's name.
  {
    wrapper: 'journald',
    shape: new RegExp(`(?:^|\\s)(${NAME}) nginx(?:\\[\\d{1,10}\\])?: $`),
    instance: syslogHost,
  },
  // stern: `pod container ` or `namespace pod container `.
  {
    wrapper: 'stern',
    shape: /^(?:[a-z0-9][-a-z0-9]{0,62} )?([a-z0-9][-a-z0-9.]{0,252}) [a-z0-9][-a-z0-9]{0,62} $/,
    instance: group(1),
  },
]

function syslogHost(m: RegExpExecArray): string | null {
  const host = m[1] ?? null
  // OpenWrt's logread writes the facility and level where syslog writes the host.
  return host === null || FACILITY.test(host) ? null : host
}

function lokiInstance(labels: string): string | null {
  for (const name of LOKI_LABELS) {
    const m = new RegExp(`(?:^|[\\s,])${name}="([^"]{1,253})"`).exec(labels)
    if (m !== null) return m[1] ?? null
  }
  return null
}

// Built from a string: a control character in a regular expression literal reads as a mistake.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]{0,20}m`, 'g')

/**
 * Which wrapper a prefix is (the text before nginx's own time), and the host, pod, container,
 * log stream or dyno it names, as the wrapper gives it; null when it is none we know.
 */
export function prefixFacts(prefix: string): PrefixFacts | null {
  // stern and `aws logs tail` colour their prefixes on a terminal.
  const plain = prefix.includes('\u001b') ? prefix.replace(ANSI, '') : prefix
  for (const { wrapper, shape, instance } of SHAPES) {
    const m = shape.exec(plain)
    if (m !== null) return { wrapper, instance: instance(m) }
  }
  return null
}

const COMPOSE_SERVICE = /^\s{0,8}([A-Za-z0-9][\w.-]{0,62}?)(?:[-_.]\d{1,3})? {1,30}\| $/

/**
 * The Compose service a `docker compose logs` prefix names (`nginx-1  | ` is `nginx`,
 * `frontend_1 | ` is `frontend`), or null: checks run inside it (`docker compose exec`).
 */
export function composeServiceOf(prefix: string): string | null {
  return COMPOSE_SERVICE.exec(prefix)?.[1] ?? null
}
