/**
 * Fix options that several guides of the "connect" area share (refused, unreachable, timeouts,
 * upstream groups, DNS, limits). Pure data, like common.ts; each option names one fix id.
 */
import type { FixOption, Step } from '../../core/fix/types.ts'
import { bindAllInterfaces, reloadNginx } from './common.ts'

/** Start the stopped backend, per process manager, then prove it listens. */
export const startBackendOption: FixOption = {
  id: 'start-backend',
  title: 'Start the backend and find out why it stopped',
  why: 'A refused connection means nothing is listening. Starting the backend ends the outage right away; its log from the moment it stopped tells you whether it will happen again.',
  tradeoff:
    'If it stopped because of a crash, it may crash again until the cause in its log is fixed (see the option that fixes the crash).',
  steps: [
    {
      kind: 'command',
      text: 'sudo systemctl start {service}\nsudo systemctl enable {service}',
      expect:
        '`enable` makes it start at boot too. Check `systemctl status {service}` right after: `active (running)`.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: 'docker compose up -d {service}',
      expect: '`Started` or `Running`; then `docker compose ps` shows it `Up`.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl rollout status deploy/{service}\nkubectl describe pod -l app={service} | tail -n 30',
      expect:
        'Kubernetes restarts pods by itself; the events at the end say why a pod is not running (image pull, crash, failing probe).',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'pm2 start {service}\npm2 save',
      expect: 'The app shows `online` in `pm2 list`.',
      when: { runtime: ['pm2'] },
    },
    {
      kind: 'command',
      text: 'sudo supervisorctl start {service}',
      expect: '`{service}: started`.',
      when: { runtime: ['supervisor'] },
    },
    {
      kind: 'command',
      text: "sudo ss -tlnp | grep -- ':{port} ' && curl -s -o /dev/null -w '%{http_code}\\n' {scheme}://{address}{path}",
      expect:
        'A listening line and then an HTTP status such as `200` or `302`: the backend answers again.',
      when: { location: ['same-host', 'other-host'] },
    },
  ],
}

/** Between containers: the backend's service name (or the host's gateway), never nginx's loopback. */
export const useServiceNameOption: FixOption = {
  id: 'use-service-name',
  title: 'Between containers: reach the backend by its service name, not 127.0.0.1',
  why: 'Each container has its own `127.0.0.1`: inside the nginx container it is the nginx container itself, where nothing listens on the app’s port. On a shared Docker network, Docker’s DNS (`127.0.0.11`) answers the Compose service name with the backend container’s address. When the app runs directly on the host instead, nginx in a container reaches it through the host gateway (`host.docker.internal`, mapped to `host-gateway`).',
  tradeoff:
    'The name only resolves while both containers are on one network and the backend exists. The variable makes nginx look the name up per request, so nginx also starts when the backend is down, and follows it when it is recreated with a new address.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# The Compose service name of the app, on a network shared with nginx.',
        '# Docker answers DNS at 127.0.0.11; the variable makes nginx resolve it at run time.',
        'resolver 127.0.0.11 valid=10s ipv6=off;',
        'set $app_upstream http://{service}:{port};',
        'proxy_pass $app_upstream;',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        'services:',
        '  nginx:',
        '    # Only when the app runs on the host itself, not in a container:',
        '    # host.docker.internal then points at the host (Linux: the bridge gateway).',
        '    extra_hosts:',
        '      - "host.docker.internal:host-gateway"',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# Kubernetes: the Service name (its ClusterIP stays when pods change), not a pod IP.',
        'resolver 10.96.0.10 valid=10s ipv6=off;',
        'set $app_upstream http://{service}.default.svc.cluster.local:{port};',
        'proxy_pass $app_upstream;',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    ...reloadNginx,
  ],
  when: { location: ['container'] },
}

/** Make the backend accept connections from outside its own loopback. */
export const bindAllOption: FixOption = {
  id: 'bind-all-interfaces',
  title: 'Make the backend listen on all interfaces (0.0.0.0), not only its own loopback',
  why: 'A program bound to `127.0.0.1` only accepts connections from inside its own machine or container. Many servers do that by default (gunicorn, uvicorn, `flask run`, `rails server`), so from another container or host the port looks closed and the connection is refused. Binding to `0.0.0.0` (every IPv4 interface) lets nginx in.',
  tradeoff:
    'On a host (not a container), `0.0.0.0` also opens the port on public interfaces: allow only nginx’s address in the firewall. In a container the port stays on the container network unless you publish it.',
  steps: [
    ...bindAllInterfaces,
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'uwsgi.ini',
      text: [
        '[uwsgi]',
        '; uwsgi_pass in nginx: the uwsgi protocol on every interface',
        'socket = 0.0.0.0:{port}',
        '; proxy_pass in nginx: use http-socket instead',
        '; http-socket = 0.0.0.0:{port}',
      ].join('\n'),
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'command',
      text: 'bin/rails server -b 0.0.0.0 -p {port}\n# puma directly: puma -b tcp://0.0.0.0:{port}',
      expect: 'Puma logs `Listening on http://0.0.0.0:{port}`.',
      when: { backend: ['other'] },
    },
    {
      kind: 'command',
      text: "sudo ss -tlnp | grep -- ':{port} '",
      expect:
        'After a restart of the backend: `0.0.0.0:{port}` or `*:{port}`, no longer `127.0.0.1:{port}`.',
      when: { location: ['other-host'] },
    },
    {
      kind: 'command',
      text: "docker compose exec {service} sh -c 'ss -tlnp 2>/dev/null || netstat -tln'",
      expect:
        'After the container restarted: `0.0.0.0:{port}` (or `:::{port}`), not `127.0.0.1:{port}`.',
      when: { runtime: ['docker'] },
    },
  ],
  when: { location: ['container', 'other-host'] },
}

/** Look the backend's name up again instead of keeping the address found at start. */
export const reResolveOption: FixOption = {
  id: 're-resolve-upstream',
  title: 'Make nginx look the backend’s address up again when it changes',
  why: 'A name written directly in `proxy_pass` or in an `upstream` block is resolved once, when nginx starts or reloads, and that address is kept. When the backend is recreated with a new address (a recreated container, a rescheduled pod, a new VM), nginx keeps connecting to the old one: refused, unreachable or a timeout. With a variable in `proxy_pass` and a `resolver`, nginx resolves the name while it runs and follows the move. nginx 1.27.3 and later can also do it inside an `upstream` block with `server NAME resolve;` (plus a `resolver` and a `zone`).',
  tradeoff:
    'With a variable, nginx no longer swaps the location prefix for a path written in `proxy_pass`: keep the variable to scheme, name and port. The quick alternative, reloading nginx after each redeploy of the backend, works but is easy to forget.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# Docker’s DNS; answers are kept 10 s, so a recreated container is found quickly.',
        'resolver 127.0.0.11 valid=10s ipv6=off;',
        'set $app_upstream http://{service}:{port};',
        'proxy_pass $app_upstream;',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# The DNS server this host uses (systemd-resolved here; see /etc/resolv.conf).',
        'resolver 127.0.0.53 valid=30s;',
        'resolver_timeout 5s;',
        'set $app_upstream http://{host}:{port};',
        'proxy_pass $app_upstream;',
      ].join('\n'),
      when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
    },
    {
      kind: 'command',
      text: 'kubectl get svc -A -o wide | grep -w {service}',
      expect:
        'In Kubernetes, point nginx at this Service (its name or ClusterIP), which stays put while pods come and go, instead of a pod address. ingress-nginx follows pod addresses by itself.',
      when: { runtime: ['kubernetes'] },
    },
    ...reloadNginx,
  ],
}

/** Open the path between nginx and the backend: firewall, security group, network, policy. */
export const openNetworkPathOption: FixOption = {
  id: 'open-network-path',
  title: 'Open the network path from nginx to the backend port',
  why: 'Something between nginx and the backend stops the connection: a host firewall (a `REJECT` gives `No route to host`, a `DROP` gives a timeout), a cloud security group, a Kubernetes NetworkPolicy, or containers on two Docker networks that cannot see each other. Allowing exactly nginx to exactly the backend port fixes it without opening the backend to everyone.',
  tradeoff:
    'Every opened path is more attack surface: allow only nginx’s address, network or pods as the source, and only the backend port.',
  steps: [
    {
      kind: 'command',
      text: 'NGINX_IP=10.0.0.5  # the nginx host’s address as the backend sees it\nsudo firewall-cmd --permanent --add-rich-rule="rule family=ipv4 source address=$NGINX_IP port port={port} protocol=tcp accept"\nsudo firewall-cmd --reload',
      expect: 'Run on the backend host. `success` twice.',
      when: { location: ['other-host'], distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'NGINX_IP=10.0.0.5  # the nginx host’s address as the backend sees it\nsudo ufw allow from "$NGINX_IP" to any port {port} proto tcp',
      expect: 'Run on the backend host. `Rule added`.',
      when: { location: ['other-host'], distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: '# AWS: let the nginx instances’ security group reach the backend port.\naws ec2 authorize-security-group-ingress --group-id sg-BACKEND --protocol tcp --port {port} --source-group sg-NGINX',
      expect:
        'Replace the two group ids. Other clouds have the same rule under another name (firewall rule, network security group).',
      when: { location: ['other-host'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        '# nginx and the app on one network (services of one compose.yaml share "default").',
        'services:',
        '  {service}:',
        '    networks: [web]',
        '    # Only for nginx running on the host: publish the port on the host’s loopback.',
        '    ports:',
        '      - "127.0.0.1:{port}:{port}"',
        '  nginx:',
        '    networks: [web]',
        'networks:',
        '  web: {}',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'networkpolicy.yaml',
      text: [
        '# Let the ingress-nginx pods reach the app pods on their port.',
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: allow-ingress-to-{service}',
        'spec:',
        '  podSelector:',
        '    matchLabels: { app: {service} }',
        '  policyTypes: [Ingress]',
        '  ingress:',
        '    - from:',
        '        - namespaceSelector:',
        '            matchLabels: { kubernetes.io/metadata.name: ingress-nginx }',
        '      ports:',
        '        - { protocol: TCP, port: {port} }',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "timeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable",
      expect:
        'Run where nginx runs (inside its container or pod if it has one): `reachable`. In Kubernetes, also check that the nodes’ security groups allow pod traffic between nodes.',
    },
  ],
}

/** `localhost` is two servers: use the IPv4 loopback the app listens on. */
export const ipv4LoopbackOption: FixOption = {
  id: 'use-ipv4-loopback',
  title: 'Use 127.0.0.1 instead of localhost in nginx',
  why: 'nginx turns `localhost` into every address it resolves to, usually `::1` and `127.0.0.1`, and tries them as separate servers, often `::1` first. An app that listens only on `127.0.0.1` refuses the IPv6 attempt, and a failed attempt can take that server out for `fail_timeout`. With the explicit IPv4 address nginx has exactly one server to try, the one the app listens on.',
  tradeoff:
    'Only for an app on nginx’s own loopback: the same machine, or the same container (or pod). Between containers, use the service name instead. If the app listens only on `::1`, write `[::1]`.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# An explicit address: nginx no longer tries ::1 first.',
        'proxy_pass http://127.0.0.1:{port};',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'http',
      file: '{configPath}',
      text: [
        '# Or, with an upstream block: one server line with the IPv4 address.',
        'upstream {group} {',
        '    server 127.0.0.1:{port};',
        '}',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: ['include fastcgi_params;', 'fastcgi_pass 127.0.0.1:9000;'].join('\n'),
      when: { backend: ['php-fpm'] },
    },
    ...reloadNginx,
  ],
  when: { location: ['same-host', 'container'] },
}

/** The resolver per setup, answering IPv4 addresses only. */
const ipv4ResolverSteps: readonly Step[] = [
  {
    kind: 'snippet',
    language: 'nginx',
    context: 'location',
    file: '{configPath}',
    text: [
      '# ipv6=off: nginx asks only for IPv4 addresses (A records), never AAAA.',
      'resolver 127.0.0.53 valid=30s ipv6=off;',
      'set $app_upstream http://{host}:{port};',
      'proxy_pass $app_upstream;',
    ].join('\n'),
    when: { location: ['same-host', 'other-host'] },
  },
  {
    kind: 'snippet',
    language: 'nginx',
    context: 'location',
    file: '{configPath}',
    text: [
      '# Docker’s DNS, IPv4 answers only.',
      'resolver 127.0.0.11 ipv6=off valid=10s;',
      'set $app_upstream http://{host}:{port};',
      'proxy_pass $app_upstream;',
    ].join('\n'),
    when: { runtime: ['docker'] },
  },
]

/** Stop nginx using an address family it cannot reach. */
export const resolverIpv4Option: FixOption = {
  id: 'resolver-ipv4-only',
  title: 'Keep nginx to IPv4 addresses when IPv6 does not work here',
  why: 'A name with both an IPv4 (A) and an IPv6 (AAAA) record gives nginx both addresses, and it tries the IPv6 one too. Where IPv6 is not routed or switched off, that attempt fails (`Network is unreachable`, `Address not available`) and is logged on every request. With its own resolver nginx can be told to ignore IPv6 answers (`ipv6=off`); a name resolved at start-up uses the system’s lookup, so there write the IPv4 address instead.',
  tradeoff:
    'If the backend later moves to IPv6 only, nginx will not find it. Fixing IPv6 routing instead keeps both families.',
  steps: [
    ...ipv4ResolverSteps,
    {
      kind: 'command',
      text: 'getent ahostsv4 {host} | head -n 1',
      expect:
        'The IPv4 address of the name. For a name written directly in `proxy_pass`/`upstream`, put this address there (`server ADDRESS:{port};`).',
    },
    ...reloadNginx,
  ],
}

/** A longer accept queue on the backend's socket. */
export const socketBacklogOption: FixOption = {
  id: 'raise-socket-backlog',
  title: 'Give the backend’s listening socket a longer queue',
  why: 'New connections wait in the socket’s accept queue until a worker takes them. When it is full, the kernel drops new TCP connection attempts (nginx sees a timeout) or refuses a unix-socket connection with `11: Resource temporarily unavailable`. The queue is the smaller of what the app asks for and `net.core.somaxconn` (4096 since Linux 5.4, 128 before), so raise both.',
  tradeoff:
    'A longer queue absorbs bursts but adds no capacity: under steady overload requests just wait longer. The app must be restarted to open its socket again with the new size.',
  steps: [
    {
      kind: 'command',
      text: 'sudo sysctl -w net.core.somaxconn=4096\necho "net.core.somaxconn = 4096" | sudo tee /etc/sysctl.d/90-listen-queue.conf',
      expect: '`net.core.somaxconn = 4096`: the kernel ceiling for every listen queue.',
      when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: '; the pool’s queue (default 511)\nlisten.backlog = 4096',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'server.js',
      text: "// Node asks for 511 by default.\nserver.listen({ port: {port}, host: '0.0.0.0', backlog: 4096 })",
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: 'gunicorn --backlog 4096 --bind 0.0.0.0:{port} app:app',
      expect: 'gunicorn’s default queue is 2048.',
      when: { backend: ['python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'uwsgi.ini',
      text: '[uwsgi]\n; the socket queue (default 100); must not exceed net.core.somaxconn\nlisten = 1024',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'application.properties',
      text: '# Tomcat’s queue when all threads are busy (default 100).\nserver.tomcat.accept-count=1000',
      when: { backend: ['java'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        'services:',
        '  {service}:',
        '    # somaxconn is per network namespace: set it for the container.',
        '    sysctls:',
        '      net.core.somaxconn: 4096',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
  ],
}

/** More workers for the load, per runtime. */
export const moreWorkersOption: FixOption = {
  id: 'more-backend-workers',
  title: 'Run more backend workers for the load',
  why: 'Each worker serves one request at a time (or a few threads). When every worker is busy, new connections pile up in the queue and then fail. More workers, or threads, take more connections at once, as long as the machine has the CPU and memory for them.',
  tradeoff:
    'Every worker costs memory: check free memory first, or the kernel kills workers instead. If requests are slow because of a database or an outside API, more workers only move the queue there.',
  steps: [
    {
      kind: 'command',
      text: '# gunicorn: about 2 × CPU cores + 1 sync workers to start with\ngunicorn --workers 5 --bind 0.0.0.0:{port} app:app\n# uvicorn: one process per core\nuvicorn app:app --workers 4 --host 0.0.0.0 --port {port}',
      expect:
        'The log lists one `Booting worker` (gunicorn) or `Started server process` per worker.',
      when: { backend: ['python'] },
    },
    {
      kind: 'command',
      text: 'pm2 start server.js --name {service} -i max\npm2 save',
      expect:
        'Cluster mode: one Node process per CPU core sharing the port; `pm2 list` shows one line per instance.',
      when: { backend: ['node'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'uwsgi.ini',
      text: '[uwsgi]\nmaster = true\nprocesses = 8\nthreads = 2',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: '; more children for the pool: about free memory ÷ memory per child\npm = dynamic\npm.max_children = 40',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'application.properties',
      text: '# Tomcat’s request threads (default 200).\nserver.tomcat.threads.max=400',
      when: { backend: ['java'] },
    },
    {
      kind: 'command',
      text: '# puma (Rails): 4 worker processes with 5 threads each\nbundle exec puma -w 4 -t 5:5 -b tcp://0.0.0.0:{port}',
      expect: 'Puma logs one `Worker N (PID: …) booted` line per worker.',
      when: { backend: ['other'] },
    },
  ],
}

/** A `resolver` for run-time names, per place nginx runs. */
export const addResolverOption: FixOption = {
  id: 'add-resolver',
  title: 'Add a resolver next to the variable proxy_pass',
  why: 'When `proxy_pass` contains a variable, nginx resolves the name per request with its own DNS client, which needs a `resolver` line saying which DNS server to ask. `valid=` caches answers (so a moved backend is found again quickly without a query on every request); `resolver_timeout` bounds how long a request may wait for DNS. The server must be reachable from where nginx runs: systemd-resolved’s `127.0.0.53` on a host that uses it, Docker’s `127.0.0.11` in a container, the cluster DNS (`kube-dns.kube-system.svc.cluster.local`) in Kubernetes.',
  tradeoff:
    'nginx’s DNS client does not read `/etc/hosts` nor the search domains of `/etc/resolv.conf`: names must be complete (`app.default.svc.cluster.local`), and names only in `/etc/hosts` are not found.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# systemd-resolved on the host; answers are cached for 30 s.',
        'resolver 127.0.0.53 valid=30s;',
        'resolver_timeout 5s;',
        'set $backend_url http://{host}:{port};',
        'proxy_pass $backend_url;',
      ].join('\n'),
      when: { location: ['same-host', 'other-host'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# Docker’s embedded DNS, reachable from every container on a user-defined network.',
        'resolver 127.0.0.11 valid=10s ipv6=off;',
        'resolver_timeout 5s;',
        'set $backend_url http://{service}:{port};',
        'proxy_pass $backend_url;',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "kubectl -n kube-system get svc kube-dns -o jsonpath='{.spec.clusterIP}'; echo",
      expect:
        'The cluster DNS address (often `10.96.0.10`) for the `resolver` line below. From inside a pod, nginx can also be given the name `kube-dns.kube-system.svc.cluster.local`, which it resolves at start-up.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# The kube-dns Service address from the command above.',
        'resolver 10.96.0.10 valid=10s ipv6=off;',
        'resolver_timeout 5s;',
        '# Full names only: nginx does not apply the pod’s search domains.',
        'set $backend_url http://{service}.default.svc.cluster.local:{port};',
        'proxy_pass $backend_url;',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    ...reloadNginx,
  ],
}

/** Send traffic only once the backend listens. */
export const readyBeforeTrafficOption: FixOption = {
  id: 'ready-before-traffic',
  title: 'Send traffic only once the backend is ready',
  why: 'Right after a start or a deploy, the backend process exists but has not opened its port yet (it loads code, runs migrations, connects to its database), and every request in that gap is refused. A health check or readiness probe holds traffic (and nginx’s own start) back until the app answers; a deploy that starts the new instance before stopping the old one leaves no gap.',
  tradeoff:
    'Deploys and starts take a little longer. A health check that tests the database too can take every instance out during a database blip: test the app itself.',
  steps: [
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        'services:',
        '  {service}:',
        '    healthcheck:',
        '      # The image needs curl (or wget, or a small script that exits non-zero).',
        '      test: ["CMD", "curl", "-fsS", "http://127.0.0.1:{port}/"]',
        '      interval: 5s',
        '      retries: 5',
        '      start_period: 30s',
        '  nginx:',
        '    depends_on:',
        '      {service}:',
        '        condition: service_healthy',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'deployment.yaml',
      text: [
        'spec:',
        '  strategy:',
        '    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: {service}',
        '          # No traffic until this answers; new pods replace old ones only when ready.',
        '          readinessProbe:',
        '            httpGet: { path: /, port: {port} }',
        '            periodSeconds: 5',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'snippet',
      language: 'systemd',
      context: 'file',
      file: '/etc/systemd/system/{service}.service.d/ready.conf',
      text: [
        '[Service]',
        '# For servers that tell systemd when they listen (gunicorn, uWSGI, PHP-FPM built',
        '# with systemd): "started" then means ready, and units ordered After= it wait.',
        'Type=notify',
        'NotifyAccess=main',
      ].join('\n'),
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'ecosystem.config.js',
      text: [
        '// PM2 waits for process.send("ready") (sent after server.listen) before it counts',
        '// an instance as up; "pm2 reload" then replaces instances one by one.',
        "module.exports = { apps: [{ name: '{service}', script: 'server.js', instances: 2,",
        "  exec_mode: 'cluster', wait_ready: true, listen_timeout: 10000 }] }",
      ].join('\n'),
      when: { runtime: ['pm2'] },
    },
  ],
}
