import type { CauseGuide } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkNginxTimeouts,
  checkServiceLogs,
  keepaliveAlignmentOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'
import { fixBackendCrashOption, uwsgiBufferSizeOption } from './steps-backend.ts'

export const guide: CauseGuide = {
  cause: 'upstream-broken-pipe',
  explain: [
    'nginx was still writing the request to the backend, usually a large body such as a file upload or a big form, when the backend closed its end. Writing into a connection the other side has closed fails with `Broken pipe` (32). The backend either stopped listening to this request on purpose (it decided the body was too large and hung up) or went away (a crash, a restart, a stale keep-alive connection).',
    'No response had been read yet, so the client gets 502 Bad Gateway. Because the request had already been partly sent, nginx does not retry a POST, PUT or PATCH on another server. If the backend did send an answer before closing (such as `413 Payload Too Large`), nginx may never read it, so the visitor sees a 502 instead of the backend’s clearer message.',
  ],
  usual: [
    'The backend rejects the body size: nginx accepts uploads up to `client_max_body_size`, but the app or its server allows less (Node body parsers default to 100 KB for JSON, uWSGI’s `limit-post`, a framework’s upload limit) and closes the connection early.',
    'A stale keep-alive connection: the backend closed the idle connection just as nginx started sending a new request on it.',
    'The backend crashed or restarted while receiving the body (out of memory on a big upload, a deploy).',
    'The backend stopped reading for too long and a timeout in the app server dropped the connection.',
    'uWSGI refused the request head (larger than its 4 KB `buffer-size`: big cookies, long URLs) and closed the connection while nginx was still sending the body.',
  ],
  confirm: [
    ...BACKEND_CHECKS['upstream-broken-pipe'],
    ...checkServiceLogs,
    checkNginxTimeouts,
    {
      kind: 'command',
      text: 'grep -rnE "limit: *\'[0-9]+[kmg]?b\'|bodyLimit|maxFileSize|fileSize" --include=*.js --include=*.ts . 2>/dev/null | grep -v node_modules',
      expect:
        'Run in the app’s source folder. A body limit smaller than nginx’s `client_max_body_size` explains the early hang-up.',
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: "php -i 2>/dev/null | grep -E 'upload_max_filesize|post_max_size'",
      expect: 'Values below nginx’s `client_max_body_size` mean PHP refuses larger uploads.',
      when: { backend: ['php-fpm'] },
    },
  ],
  fix: [
    {
      id: 'fix-backend-config',
      title: 'Make the backend accept what nginx accepts',
      why: 'Upload limits must match along the chain. If nginx lets a 50 MB upload through but the app stops at 1 MB, the app hangs up mid-stream and nginx reports a broken pipe. Set the same limit in nginx and in the app, so an oversized upload gets a clean 413 from nginx before it ever reaches the backend.',
      tradeoff:
        'Larger limits let clients send more data: nginx buffers request bodies to disk by default, so make sure the temporary directory has room.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# nginx refuses larger bodies itself with 413; keep the app’s limit at least this big.',
            'client_max_body_size 50m;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'javascript',
          context: 'file',
          file: 'server.js',
          text: "// express: the JSON and form parsers default to 100 KB\napp.use(express.json({ limit: '50mb' }))\napp.use(express.urlencoded({ extended: true, limit: '50mb' }))",
          when: { backend: ['node'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: 'php_admin_value[upload_max_filesize] = 50M\nphp_admin_value[post_max_size] = 55M',
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: '[uwsgi]\n; in bytes; 0 means no limit\nlimit-post = 52428800',
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: 'application.properties',
          text: 'spring.servlet.multipart.max-file-size=50MB\nspring.servlet.multipart.max-request-size=55MB',
          when: { backend: ['java'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: 'metadata:\n  annotations:\n    # ingress-nginx: its client_max_body_size (1m by default)\n    nginx.ingress.kubernetes.io/proxy-body-size: 50m',
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    keepaliveAlignmentOption,
    uwsgiBufferSizeOption,
    fixBackendCrashOption,
    restartPolicyOption,
  ],
  prevent: [
    'Keep one documented upload limit and apply it everywhere: nginx `client_max_body_size`, the app server, the framework, and any CDN or load balancer in front.',
    'Keep the backend’s idle keep-alive timeout longer than nginx’s `keepalive_timeout` in the `upstream` block.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
