import type { CauseGuide } from '../../core/fix/types.ts'
import {
  friendlyErrorPageOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'

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
    {
      kind: 'command',
      text: "sudo grep -B 20 -m 1 'no live upstreams' /var/log/nginx/error.log | grep -E 'failed|timed out|closed|reset'",
      expect:
        'The errors just before the first “no live upstreams” are the real cause: connection refused, timeouts or resets for each server of the group.',
    },
    {
      kind: 'command',
      text: 'sudo nginx -T 2>/dev/null | grep -n -A 10 "upstream {group}"',
      expect:
        'The servers of the group, with any `max_fails`, `fail_timeout`, `down`, `backup` or `max_conns` settings.',
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | sed -n '/upstream {group} *{/,/}/p' | grep -oE 'server +[^ ;]+' | while read -r _ srv; do printf '%s ' \"$srv\"; curl -s -o /dev/null -m 5 -w '%{http_code}\\n' \"http://$srv/\" || echo failed; done",
      expect:
        'Each server of the group asked directly: an HTTP status means it answers now; `000` or `failed` means it is still down.',
    },
    {
      kind: 'command',
      text: 'kubectl get endpoints {service}\nkubectl get pods -o wide\nkubectl get svc {service} -o jsonpath="{.spec.selector}"; echo',
      expect:
        '`ENDPOINTS <none>` means no ready pod backs the Service. Compare the selector with the pod labels (`kubectl get pods --show-labels`), and look at `READY 0/1` pods with `kubectl describe pod` for failing readiness probes.',
      when: { runtime: ['kubernetes'] },
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
      title: 'Bring at least one backend server back',
      why: 'The group needs one working server. Once any server answers again and its `fail_timeout` has passed, nginx sends it traffic again by itself; no reload is needed.',
      tradeoff:
        'None; this is the real repair. Read the errors logged before “no live upstreams” to know what to repair.',
      steps: [
        {
          kind: 'command',
          text: 'sudo systemctl status {service} --no-pager\nsudo journalctl -u {service} --since "30 min ago" --no-pager | tail -n 50',
          expect:
            'Why the backend stopped; start it with `sudo systemctl start {service}` once the cause is clear.',
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
    friendlyErrorPageOption,
  ],
  prevent: [
    'Tune `max_fails` and `fail_timeout` to your traffic (for example `max_fails=3 fail_timeout=30s`) instead of relying on the strict defaults.',
    'Never restart every backend instance at the same time: roll deploys one instance at a time, and wait for each to be healthy.',
    'Keep a `backup` server (a spare instance or a maintenance page) in every group.',
    'In Kubernetes, run at least two replicas with a PodDisruptionBudget and readiness probes that test only the app itself.',
    'Set `error_log … warn;` temporarily to see `upstream server temporarily disabled` lines, which show when each server is taken out.',
    PREVENT_HEALTH_CHECK,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
