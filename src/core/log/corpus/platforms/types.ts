/**
 * The log platforms and multi-host tools whose exports a person pastes (issue 12 §2; facts in
 * shared/reference/log-platform-formats.md). Each has its own file of samples here.
 */
export type PlatformFormat =
  | 'logcli-default'
  | 'logcli-jsonl'
  | 'grafana-txt'
  | 'grafana-json'
  | 'elasticsearch-hits'
  | 'kibana-json'
  | 'kibana-csv'
  | 'filebeat-nginx'
  | 'cloudwatch-filter'
  | 'cloudwatch-get'
  | 'cloudwatch-insights'
  | 'aws-logs-tail'
  | 'gcloud-json'
  | 'journald-json'
  | 'journald-export'
  | 'journald-short-iso'
  | 'rfc5424'
  | 'rfc3164'
  | 'gelf'
  | 'kubectl-prefix'
  | 'stern'
  | 'stern-json'
  | 'kail'
  | 'heroku'
  | 'vector-json'
  | 'fluent-bit-json'
  | 'fluent-bit-stdout'
  | 'json-array'
  | 'double-escaped'

/** One export exactly as it was published, with what each record in it carries. */
export interface PlatformSample {
  format: PlatformFormat
  /**
   * Where it was published: a thread, a docs page, or a file in the platform's own repository
   * (as a blob URL at a commit).
   */
  source: string
  /** Exactly as published: the whole export, every line, byte for byte. */
  text: string
  /**
   * The log line each record holds, in order, exactly as the program wrote it (escaping
   * removed, the wrapper's fields gone).
   */
  lines: readonly string[]
  /** The host, pod, container, log stream or dyno each record names, or null; same order. */
  instances: readonly (string | null)[]
  /** What is worth knowing: where it was cut, what the wrapper's fields are called. */
  note?: string
}
