import { fieldOf, textOf, timeOf } from './json-fields.ts'
import { rebuildLine } from './rebuild-line.ts'

/** The log platforms and tools whose records we know by their keys (issue 12 §2). */
export type Platform =
  | 'loki'
  | 'grafana'
  | 'elasticsearch'
  | 'cloudwatch'
  | 'cloudwatch-insights'
  | 'gcloud'
  | 'journald'
  | 'gelf'
  | 'stern'
  | 'vector'
  | 'fluent-bit'
  | 'docker'
  | 'splunk'
  | 'azure'
  | 'datadog'
  | 'json'

/** One log line out of a platform's record, with what the record says about it. */
export interface PlatformRecord {
  /** The line as the program wrote it. */
  text: string
  /** The host, pod, container, log stream or dyno the record names. */
  instance?: string
  /** The record's own time, ISO. */
  time?: string
  platform: Platform
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Where each platform keeps the host, pod or container, most specific first.
const INSTANCE_KEYS = [
  'kubernetes.pod_name',
  'kubernetes.pod.name',
  'kubernetes.labels.pod',
  'podName',
  'pod_name',
  'pod',
  'container.name',
  'container_name',
  'container',
  'logStreamName',
  '@logStream',
  'instance',
  'host.name',
  'host.hostname',
  'agent.hostname',
  'beat.hostname',
  '_HOSTNAME',
  'hostname',
  'host',
  'Computer',
] as const

/**
 * Reads one record of a platform's export: its log line (rebuilt from parsed fields where the
 * platform split it, as Filebeat's and Google's nginx parsers do), where it came from and
 * when. Null when the value holds no log line we know.
 */
export function recordOf(value: unknown): PlatformRecord | null {
  if (Array.isArray(value)) return insightsRow(value)
  if (!isObject(value)) return null
  if (isObject(value['_source']))
    return withFallback(recordOf(value['_source']), value, 'elasticsearch')
  if (isObject(value['result']) && typeof value['result']['_raw'] === 'string')
    return build(value['result']['_raw'], value['result'], 'splunk')
  if (isObject(value['attributes']) && typeof value['attributes']['message'] === 'string')
    return build(value['attributes']['message'], value['attributes'], 'datadog')
  if ('insertId' in value || 'logName' in value) return gcloud(value)
  const platform = platformOf(value)
  const text = rebuildLine(value, timeOf(value)) ?? textOf(value)
  return text === null ? null : build(text, value, platform)
}

function platformOf(value: Json): Platform {
  if (typeof value['line'] === 'string' && ('labels' in value || 'fields' in value))
    return 'labels' in value ? 'loki' : 'grafana'
  if ('__CURSOR' in value || 'MESSAGE' in value) return 'journald'
  if ('short_message' in value) return 'gelf'
  if ('podName' in value && 'containerName' in value) return 'stern'
  if ('source_type' in value) return 'vector'
  if ('logStreamName' in value || 'ingestionTime' in value) return 'cloudwatch'
  if ('LogMessage' in value || 'LogEntry' in value) return 'azure'
  if (typeof value['log'] === 'string')
    return 'stream' in value && 'time' in value ? 'docker' : 'fluent-bit'
  if ('agent' in value || 'ecs' in value || '@timestamp' in value) return 'elasticsearch'
  return 'json'
}

function build(text: string, from: Json, platform: Platform): PlatformRecord {
  const record: PlatformRecord = { text, platform }
  const labels = isObject(from['labels'])
    ? from['labels']
    : isObject(from['fields'])
      ? from['fields']
      : null
  const instance = instanceOf(from) ?? (labels === null ? undefined : instanceOf(labels))
  if (instance !== undefined) record.instance = instance
  const time = timeOf(from)
  if (time !== undefined) record.time = time
  return record
}

function instanceOf(from: Json): string | undefined {
  for (const key of INSTANCE_KEYS) {
    const found = fieldOf(from, key)
    if (typeof found === 'string' && found !== '') return found
    if (isObject(found) && typeof found['name'] === 'string') return found['name']
  }
  return undefined
}

/** An Elasticsearch hit's `fields` (flat, dotted keys) fill in what its `_source` lacks. */
function withFallback(
  record: PlatformRecord | null,
  hit: Json,
  platform: Platform,
): PlatformRecord | null {
  if (record === null) return null
  const named = record.platform === 'json' ? { ...record, platform } : record
  if (named.instance === undefined && isObject(hit['fields'])) {
    const instance = instanceOf(hit['fields'])
    if (instance !== undefined) named.instance = instance
  }
  return named
}

/** A row of CloudWatch Logs Insights: a list of `{field, value}`. */
function insightsRow(row: readonly unknown[]): PlatformRecord | null {
  const fields: Json = {}
  for (const cell of row) {
    if (isObject(cell) && typeof cell['field'] === 'string') fields[cell['field']] = cell['value']
  }
  const message = fields['@message']
  if (typeof message !== 'string') return null
  const record: PlatformRecord = { text: message, platform: 'cloudwatch-insights' }
  if (typeof fields['@logStream'] === 'string') record.instance = fields['@logStream']
  const time = fields['@timestamp']
  if (typeof time === 'string') record.time = time.replace(' ', 'T')
  return record
}

/** A Google Cloud Logging entry: `textPayload`, or `jsonPayload` as the Ops Agent split it. */
function gcloud(entry: Json): PlatformRecord | null {
  const payload = entry['jsonPayload']
  const text =
    typeof entry['textPayload'] === 'string'
      ? entry['textPayload'].replace(/\n$/, '')
      : isObject(payload)
        ? (rebuildLine(payload, stringOf(entry['timestamp'])) ?? textOf(payload))
        : null
  if (text === null) return null
  const record: PlatformRecord = { text, platform: 'gcloud' }
  const resource = isObject(entry['resource']) ? entry['resource']['labels'] : undefined
  const labels = isObject(entry['labels']) ? entry['labels'] : {}
  const labelled = isObject(resource) ? resource : {}
  // The pod first (GKE names it in the resource, or in a label on older clusters), then the
  // container, the VM.
  const instance =
    stringOf(labelled['pod_name']) ??
    stringOf(labelled['pod_id']) ??
    stringOf(labels['container.googleapis.com/pod_name']) ??
    stringOf(labels['k8s-pod/name']) ??
    stringOf(labelled['container_name']) ??
    stringOf(labelled['instance_id']) ??
    stringOf(labels['compute.googleapis.com/resource_name'])
  if (instance !== undefined) record.instance = instance
  const time = stringOf(entry['timestamp'])
  if (time !== undefined) record.time = time
  return record
}

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * The records a parsed export holds: an array's elements, the elements of the first array of
 * records inside an object, or the object itself.
 */
export function recordsOf(value: unknown): PlatformRecord[] {
  const array = Array.isArray(value) ? value : isObject(value) ? recordArrayOf(value) : null
  if (array === null) {
    const one = recordOf(value)
    return one === null ? [] : [one]
  }
  const records: PlatformRecord[] = []
  for (const element of array) {
    const record =
      typeof element === 'string' ? { text: element, platform: 'json' as const } : recordOf(element)
    if (record !== null) records.push(record)
  }
  return records
}

function recordArrayOf(value: Json, depth = 0): unknown[] | null {
  for (const item of Object.values(value)) {
    if (Array.isArray(item) && (isObject(item[0]) || Array.isArray(item[0]))) return item
    if (isObject(item) && depth < 3) {
      const inner = recordArrayOf(item, depth + 1)
      if (inner !== null) return inner
    }
  }
  return null
}
