/**
 * The nginx.conf each lab instance runs: one `server{}` with one `location /`, logs and temp
 * paths relative to the instance's prefix.
 */
import { readFileSync } from 'node:fs'
import { isRoot } from './nginx.ts'

/** `user nobody nogroup;` when the master runs as root (root would bypass socket permissions). */
function userDirective(): string | null {
  if (!isRoot()) return null
  let groups: string
  try {
    groups = readFileSync('/etc/group', 'utf8')
  } catch {
    groups = ''
  }
  return /^nogroup:/m.test(groups) ? 'user nobody nogroup;' : 'user nobody nobody;'
}

export const ACCESS_LOG_FORMAT =
  '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent ' +
  '"$http_referer" "$http_user_agent" rt=$request_time ua="$upstream_addr" ' +
  'us="$upstream_status" urt="$upstream_response_time"'

export interface ConfigParts {
  port: number
  serverName: string
  workerConnections: number
  http: string[]
  server: string[]
  location: string[]
}

const indent = (lines: string[], pad: string): string[] => lines.map((line) => pad + line)

/** A complete nginx.conf with one `server{}` and one `location /`; paths are prefix-relative. */
export function renderConfig(parts: ConfigParts): string {
  const user = userDirective()
  return [
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    ...(user === null ? [] : [user]),
    'pid logs/nginx.pid;',
    'lock_file logs/nginx.lock;',
    'error_log logs/error.log info;',
    `events { worker_connections ${parts.workerConnections}; }`,
    'http {',
    `    log_format lab '${ACCESS_LOG_FORMAT}';`,
    '    access_log logs/access.log lab;',
    '    default_type text/plain;',
    '    client_body_temp_path tmp/body;',
    '    proxy_temp_path tmp/proxy;',
    '    fastcgi_temp_path tmp/fastcgi;',
    '    uwsgi_temp_path tmp/uwsgi;',
    '    scgi_temp_path tmp/scgi;',
    ...indent(parts.http, '    '),
    '    server {',
    `        listen 127.0.0.1:${parts.port};`,
    `        server_name ${parts.serverName};`,
    ...indent(parts.server, '        '),
    '        location / {',
    ...indent(parts.location, '            '),
    '        }',
    '    }',
    '}',
    '',
  ].join('\n')
}
