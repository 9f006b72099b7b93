import type { CauseId } from '../causes.ts'
import type { PassTarget } from './pass-target.ts'

/** nginx 1.29.7 made HTTP/1.1 and upstream keep-alive the proxy's defaults (its changes.xml). */
export function keepaliveByDefault(version: string | undefined): boolean {
  const [major = 0, minor = 0, patch = 0] = (version ?? '').split('.').map(Number)
  return major > 1 || (major === 1 && (minor > 29 || (minor === 29 && patch >= 7)))
}

/** The `*_read_timeout`/`*_buffer_size` family each `*_pass` directive uses. */
export const FAMILY: Record<PassTarget['directive'], string> = {
  proxy_pass: 'proxy',
  fastcgi_pass: 'fastcgi',
  uwsgi_pass: 'uwsgi',
  grpc_pass: 'grpc',
  scgi_pass: 'scgi',
}

/**
 * nginx's default for a setting, and whether it depends on a version the paste did not show.
 * `{family}` stands for the pass's family (`proxy`, `fastcgi` …).
 */
export interface DefaultValue {
  value: string
  /** Said when the version is unknown and the default changed with one. */
  unknownVersion?: string
}

type Default = (version: string | undefined) => DefaultValue

const fixed =
  (value: string): Default =>
  () => ({ value })

const HTTP_VERSION: Default = (version) =>
  version === undefined
    ? { value: '1.0', unknownVersion: '1.1 from nginx 1.29.7 on' }
    : { value: keepaliveByDefault(version) ? '1.1' : '1.0' }

/** The settings each cause depends on, with nginx's defaults (from its module sources). */
export const SETTINGS_OF: Partial<Record<CauseId, readonly (readonly [string, Default])[]>> = {
  'upstream-read-timeout': [['{family}_read_timeout', fixed('60s')]],
  'upstream-connect-timeout': [['{family}_connect_timeout', fixed('60s')]],
  'header-too-big': [['{family}_buffer_size', fixed('4k or 8k (one memory page)')]],
  'upstream-premature-close': [['proxy_http_version', HTTP_VERSION]],
  'upstream-reset': [['proxy_http_version', HTTP_VERSION]],
  'dns-no-resolver': [['resolver', fixed('none')]],
  'dns-resolve-failed': [
    ['resolver', fixed('none')],
    ['resolver_timeout', fixed('30s')],
  ],
  'upstream-ssl': [['proxy_ssl_server_name', fixed('off')]],
}
