import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import {
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'
import { ipv4LoopbackOption } from './steps-connect.ts'

export const guide: CauseGuide = {
  cause: 'no-live-upstreams',
  explain: [
    'nginx keeps a score for every server of an `upstream` block. When a server fails `max_fails` times (1 by default) within `fail_timeout` (10 s by default), nginx stops sending it traffic for `fail_timeout`. “No live upstreams” means that, at this moment, every server of the group was out: each had failed recently, was marked `down`, or had reached its `max_conns`. nginx did not even try to connect; the real reason is in the errors logged just before (refused connections, timeouts, resets).',
    'The client gets 502 Bad Gateway at once, and nginx does not retry. The log line and `$upstream_addr` show the group’s name (for example `http://backend/…`) instead of an address. A group with a single server is never taken out for failures, so this message almost always involves groups of two or more (or a server marked `down`).',
    'In Kubernetes, ingress-nginx reports the same when a Service has no ready endpoints: there is no pod to send the request to, and the controller uses the placeholder address `0.0.0.1` where a pod address would be.',
  ],
  usual: [
    'All backend servers really failed at once: a bad deploy, a shared database going down, a restart of every instance together.',
    'One short hiccup took every server out because the defaults are strict: a single failure removes a server for 10 s.',
    'Timeouts during a traffic spike made nginx count slow servers as failed.',
    'A server left as `down` in the configuration, or `max_conns` reached on every server.',
    'Kubernetes: the Service selects no ready pods (pods failing their readiness probe, crash-looping, or a selector that does not match the pod labels).',
  ],
  confirm: [
    ...CONNECT_CHECKS['no-live-upstreams'],
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | sed -n '/upstream {group} *{/,/}/p' | grep -oE 'server +[^ ;]+' | while read -r _ srv; do printf '%s ' \"$srv\"; curl -s -o /dev/null -m 5 -w '%{http_code}\\n' \"http://$srv/\" || echo failed; done",
      expect:
        'Each server of the group asked directly: an HTTP status means it answers now; `000` or `failed` means it is still down.',
    },
    {
      kind: 'command',
      text: "kubectl -n ingress-nginx logs deploy/ingress-nginx-controller --since=30m | grep -E 'no live upstreams|0\\.0\\.0\\.1|Service .* does not have any active Endpoint'",
      expect: 'ingress-nginx says which Service had no active endpoint.',
      when: { runtime: ['kubernetes'] },
    },
  ],
  fix: [
    {
      id: 'start-backend',
      title: 'Bring at least one backend server back',
      why: 'The group needs one working server. Once any server answers again and its `fail_timeout` has passed, nginx sends it traffic again by itself; no reload is needed.',
      tradeoff:
        'None; this is the real repair. Read the errors logged before “no live upstreams” to know what to repair.',
      steps: [
        {
          kind: 'command',
          text: 'sudo journalctl -u {service} --since "30 min ago" --no-pager | tail -n 50\nsudo systemctl start {service}',
          expect:
            'The log says why the backend stopped (fix that too, or it stops again); after the start, `systemctl status {service}` shows `active (running)`.',
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'docker compose ps -a\ndocker compose up -d',
          expect: 'Every backend container `Up` (and `healthy`).',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'kubectl describe pod -l app={service} | grep -A 5 -E "Readiness|Events"\nkubectl get endpoints {service} -w',
          expect:
            'Fix what the events show (failing probe, crash, image); the Service gets endpoints as soon as one pod is Ready.',
          when: { runtime: ['kubernetes'] },
        },
      ],
    },
    {
      id: 'tune-max-fails',
      title: 'Make the failure counting less trigger-happy, and add a backup',
      why: 'With the defaults, a single failed request removes a server for 10 s, so a brief blip on every server can empty the group. Requiring a few failures before taking a server out keeps it in rotation through hiccups; a `backup` server (a spare instance, or a small static “maintenance” server) takes the traffic when all primaries are out.',
      tradeoff:
        'A higher `max_fails` keeps sending some requests to a server that is really down, until it has failed that many times. `max_fails=0` turns the counting off completely, so nginx keeps trying every server on every request.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'upstream',
          file: '{configPath}',
          text: [
            // Example addresses, not {address}: a "no live upstreams" line names only the group,
            // so {address} would be filled with the group's name, which nginx cannot resolve.
            '# Your servers (example addresses), each taken out only after 3 failures in 30 s.',
            'server 127.0.0.1:3000 max_fails=3 fail_timeout=30s;',
            'server 127.0.0.1:3001 max_fails=3 fail_timeout=30s;',
            '# Gets traffic only while every server above is out.',
            'server 127.0.0.1:8081 backup;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/conf.d/maintenance.conf',
          text: [
            '# A tiny local server used as the backup: a static “back soon” page with status 503.',
            'server {',
            '    listen 127.0.0.1:8081;',
            '    root /var/www/errors;',
            '    location / {',
            '        return 503;',
            '    }',
            '    error_page 503 /50x.html;',
            '    location = /50x.html {',
            '        internal;',
            '    }',
            '}',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'fix-ingress-endpoints',
      title: 'Kubernetes: make the Service find ready pods',
      why: 'ingress-nginx only sends traffic to pods that are Ready and selected by the Service. A readiness probe on a cheap endpoint that really reflects the app’s health, and a selector that matches the pod labels, give the Service endpoints again.',
      tradeoff:
        'A too-strict readiness probe (checking the database, for example) can take every pod out at once during a dependency blip.',
      steps: [
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'deployment.yaml',
          text: [
            'spec:',
            '  selector:',
            '    matchLabels: { app: {service} }',
            '  template:',
            '    metadata:',
            '      labels: { app: {service} }   # must match the Service selector',
            '    spec:',
            '      containers:',
            '        - name: {service}',
            '          readinessProbe:',
            '            httpGet: { path: /healthz, port: {port} }',
            '            periodSeconds: 5',
            '            failureThreshold: 3',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: 'kubectl apply -f deployment.yaml\nkubectl rollout status deploy/{service}\nkubectl get endpoints {service}',
          expect: 'Pod addresses listed under `ENDPOINTS`.',
        },
      ],
      when: { runtime: ['kubernetes'] },
    },
    {
      id: 'point-to-listening-address',
      title: 'Correct the servers of the group to where the backends listen',
      why: 'When every `server` line of the group names a port or address where nothing listens (an old port, a removed machine, a container’s published port used from inside Docker), every attempt fails, every server is taken out, and the group is empty. Each line must be an address that `ss -tlnp` shows on its backend.',
      tradeoff: 'None; keep the list in one place if it is generated.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'upstream',
          file: '{configPath}',
          text: [
            '# One line per running instance, with the port it really listens on (example addresses).',
            'server 127.0.0.1:3000;',
            'server 127.0.0.1:3001;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'remove-server-down',
      title: 'Remove `down` from a server that works, or add one that does',
      why: 'A server marked `down` never gets traffic. If the others are out (failed, or at `max_conns`), a group whose only working server is marked `down` has nothing left: the mark is often forgotten after maintenance.',
      tradeoff: 'Make sure the server really works again before removing the mark.',
      steps: [
        {
          kind: 'command',
          text: "sudo nginx -T 2>/dev/null | sed -n '/upstream {group} *{/,/}/p' | grep -nE 'down|max_conns'",
          expect:
            'The lines to change: `down` on a server that answers again, or a `max_conns` far below the load.',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'upstream',
          file: '{configPath}',
          text: [
            '# Was "server 127.0.0.1:3000 down;" (example address): back in rotation.',
            'server 127.0.0.1:3000;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    ipv4LoopbackOption,
  ],
  prevent: [
    'Tune `max_fails` and `fail_timeout` to your traffic (for example `max_fails=3 fail_timeout=30s`) instead of relying on the strict defaults.',
    'Never restart every backend instance at the same time: roll deploys one instance at a time, and wait for each to be healthy.',
    'Keep a `backup` server (a spare instance or a maintenance page) in every group.',
    'In Kubernetes, run at least two replicas with a PodDisruptionBudget and readiness probes that test only the app itself.',
    'A static “back soon” page (`error_page 502 503 504 /50x.html;`), or a `backup` server that serves one, makes an outage less alarming; the status stays 5xx for monitoring.',
    'Write `127.0.0.1`, not `localhost`, in `server` lines: `localhost` becomes two servers (`::1` and `127.0.0.1`), and the one the app does not listen on fails every time.',
    'Set `error_log … warn;` temporarily to see `upstream server temporarily disabled` lines, which show when each server is taken out.',
    PREVENT_HEALTH_CHECK,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
