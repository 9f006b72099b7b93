import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/** Every running Compose service's listening sockets, whatever tools its image has. */
const DOCKER_LISTENERS =
  'docker compose ps -a\nfor s in $(docker compose ps --services --status running); do echo "== $s"; docker compose exec -T "$s" sh -c \'ss -tlnp 2>/dev/null || netstat -tln 2>/dev/null || cat /proc/net/tcp\'; done'

/** Which container or pod has the address nginx used, and on which network. */
const DOCKER_ADDRESSES =
  "docker network inspect -f '{{.Name}}:{{range .Containers}} {{.Name}}={{.IPv4Address}}{{end}}' $(docker network ls -q) | grep -F -- '{host}/' || echo 'no container has {host} now'"

const POD_OR_SERVICE = 'kubectl get pods,svc -A -o wide | grep -F -w -- {host}'

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */
export const CONNECT_CHECKS = {
  'upstream-refused': [
    {
      kind: 'command',
      text: DOCKER_LISTENERS,
      expect:
        'First the state of every container (`exited` or `restarting` means the backend is down), then what each one listens on. `127.0.0.1:PORT` in the backend means it accepts only from inside its own container: bind it to `0.0.0.0`. `0.0.0.0:PORT` or `:::PORT` means it is reachable, so nginx is pointing at the wrong place (its own `127.0.0.1`, or another port). Without ss/netstat, `/proc/net/tcp` lists sockets in hex: state `0A` is listening, `0100007F:0BB8` is 127.0.0.1:3000 and `00000000:0BB8` is 0.0.0.0:3000.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: `${POD_OR_SERVICE}\nkubectl get endpoints -A | grep -F -- {host}`,
      expect:
        'The pod (or Service) that has address {host}. No pod any more, or one not `Running`/`READY 1/1`, means nginx tried a pod that is gone or starting. A ready pod that refuses means the port is wrong (Service `targetPort` against the container’s real port) or the app listens on `127.0.0.1` inside the pod. No line from the second command means that address is no longer an endpoint.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'sudo ss -tlnp | grep -- ":{port} "',
      expect:
        'No output: nothing listens on that port on this machine (the backend is stopped, crashed or still starting; run this where the backend runs if it is another host). A line shows the address it is bound to: `127.0.0.1:{port}` accepts only local connections, `[::1]:{port}` only IPv6, `0.0.0.0`/`*` all. If it differs from {address}, nginx points at the wrong address.',
    },
    {
      kind: 'command',
      text: 'sudo ss -xlp | grep -F -- "{socket}"; ls -l {socket}',
      expect:
        'For a unix socket: a `LISTEN` line with a program name means something accepts on it. The file listed by `ls` but no `ss` line means a stale socket left by a backend that stopped.',
    },
  ],
  'upstream-refused-ipv6': [
    {
      kind: 'command',
      text: "docker compose exec {nginxService} sh -c 'getent ahosts localhost; ss -tln 2>/dev/null || cat /proc/net/tcp6 /proc/net/tcp'",
      expect:
        'Run in nginx’s container, whose `localhost` is its own. Both `::1` and `127.0.0.1` listed means nginx tries both. Then what listens in that container: `127.0.0.1:{port}` is IPv4 only (use `127.0.0.1` in nginx), `[::1]:{port}` IPv6 only, `*:{port}` or `[::]:{port}` both. Nothing on {port}: the app is in another container, so use its service name.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'getent ahosts localhost | sort -u\nsudo ss -tlnp | grep -- ":{port} "',
      expect:
        'Both `::1` and `127.0.0.1` in the first list means nginx tries both for `localhost`. The listening line shows the family the app accepts: `127.0.0.1:{port}` IPv4 only (use `127.0.0.1` in nginx), `[::1]:{port}` IPv6 only, `*:{port}` or `[::]:{port}` both.',
    },
    {
      kind: 'command',
      text: 'sysctl net.ipv6.conf.lo.disable_ipv6',
      expect:
        '`= 1` means IPv6 is off on the loopback, so `[::1]` attempts fail with `Address not available`.',
    },
  ],
  'upstream-unreachable': [
    {
      kind: 'command',
      text: DOCKER_ADDRESSES,
      expect:
        'The network and container that have address {host} now. `no container has {host} now` means the backend was recreated with a new address and nginx kept the old one. A container on a network nginx’s container is not on cannot be reached: put both on one network.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: `${POD_OR_SERVICE}\nkubectl get networkpolicy -A`,
      expect:
        'No pod with address {host} means the pod was replaced and nginx used its old address. A NetworkPolicy selecting the backend pods must allow nginx’s pods (or the ingress-nginx namespace) in.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "ip route get {host}\ntimeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable",
      expect:
        '`Network is unreachable` from the first command: this machine has no route there (often an IPv6 address without IPv6 routing). A route but `No route to host` on the second: the host is down or its firewall rejects the port. `reachable`: the path works now (the backend was briefly down, or its address changed back).',
    },
  ],
  'upstream-connect-timeout': [
    {
      kind: 'command',
      text: DOCKER_ADDRESSES,
      expect:
        'The network and container that have address {host}. None means nginx uses an old address of a recreated container. A container on another Docker network than nginx is silently unreachable (Docker drops traffic between networks): join them on one network.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: `${POD_OR_SERVICE}\nkubectl get networkpolicy -A`,
      expect:
        'A NetworkPolicy that selects the backend pods and does not allow nginx’s pods drops the packets, which looks exactly like this timeout. No pod with {host} means nginx used an old address.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'curl -sv --connect-timeout 5 -o /dev/null {scheme}://{address}/',
      expect:
        'Hanging on `Trying {address}...` and then `Connection timed out`: the packets go unanswered (a firewall or security group dropping them, a host that is down, or a full accept queue). `Connected to` at once: the path works now, so look at the backend’s load at the time of the errors.',
    },
    {
      kind: 'command',
      text: "sudo ss -ltn 'sport = :{port}'\nnstat -az TcpExtListenOverflows TcpExtListenDrops",
      expect:
        'Run on the backend host. `Recv-Q` close to `Send-Q` on the listening socket, or counters that grow between two runs, mean its accept queue is full and new connections are dropped: the backend is too busy, not the network.',
    },
  ],
  'no-live-upstreams': [
    {
      kind: 'command',
      text: 'kubectl get endpoints -A | grep -F "<none>"\nkubectl get pods -A | grep -vE "Running|Completed"',
      expect:
        'A Service with `<none>` has no ready pod, so ingress-nginx has nowhere to send requests. The second list shows pods that are not running (`CrashLoopBackOff`, `Pending`) or, with `0/1` under READY, failing their readiness probe.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "docker compose ps -a\ndocker compose logs --since 30m | grep -E 'connect\\(\\) failed|timed out|no live upstreams' | head -n 20",
      expect:
        'A backend container `exited` or `restarting` explains it. The errors logged before the first `no live upstreams` (refused, timed out) are what took each server out.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | sed -n '/upstream {group} *{/,/}/p'\nsudo grep -B 30 -m 1 'no live upstreams' /var/log/nginx/error.log | grep -E 'failed|timed out|closed|reset'",
      expect:
        'First the group’s servers: a `down` flag, `localhost` (two servers, `::1` and `127.0.0.1`) or a wrong port explains it. Then the errors just before the first “no live upstreams”: refused connections or timeouts for each server are the real cause.',
    },
  ],
  'dns-no-resolver': [
    {
      kind: 'command',
      text: "docker compose exec {nginxService} nginx -T 2>/dev/null | grep -nE 'resolver|proxy_pass .*\\$|set \\$'",
      expect:
        'The configuration nginx runs in its container. A `proxy_pass` with a `$variable` and no `resolver` line in the same location, server or http block confirms it; in Docker the resolver is `127.0.0.11`.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'resolver|proxy_pass .*\\$|set \\$'",
      expect:
        'A `proxy_pass` with a `$variable` and no `resolver` line in the same location, server or http block confirms it.',
    },
  ],
  'dns-resolve-failed': [
    {
      kind: 'command',
      text: 'docker compose ps -a\ndocker compose exec {nginxService} getent hosts {host}',
      expect:
        'A backend `exited` or missing: Docker’s DNS forgets the names of stopped containers. An address printed while nginx still fails: nginx’s `resolver` is not `127.0.0.11`. Nothing printed with the backend running: a typo, or the two are on different networks.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl get svc -A | grep -w -- "$(echo {host} | cut -d. -f1)"\nkubectl -n kube-system get svc kube-dns',
      expect:
        'The Service and its namespace: nginx’s resolver needs the full name `NAME.NAMESPACE.svc.cluster.local`, because it ignores the pod’s search domains. The kube-dns address is the one to use in `resolver`.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "getent ahosts {host}\nsudo nginx -T 2>/dev/null | grep -nE '^\\s*resolver'",
      expect:
        'No address: the name does not exist (typo, removed backend). An address here while nginx fails: the name only works through `/etc/hosts` or a search domain, or nginx’s `resolver` is another DNS server that does not know it or does not answer.',
    },
  ],
  'upstream-ssl': [
    {
      kind: 'command',
      text: "kubectl get ingress -A -o yaml | grep -nE 'backend-protocol|proxy-ssl'",
      expect:
        'ingress-nginx talks plain HTTP to pods unless `nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"` is set; `proxy-ssl-server-name: "on"` sends SNI. An HTTPS annotation in front of a pod that speaks HTTP (or none in front of one that only speaks HTTPS) explains the error.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'openssl s_client -connect {address} -servername {host} -brief </dev/null\nopenssl s_client -connect {address} -brief </dev/null',
      expect:
        'The first handshake sends a server name, the second does not (as nginx by default). `wrong version number`: the port speaks plain HTTP. Only the second failing: turn on `proxy_ssl_server_name`. `Verification error`: an untrusted or expired certificate. `alert protocol version`/`handshake failure`: the two sides share no TLS version or cipher.',
    },
  ],
  'access-log-502': [
    {
      kind: 'command',
      text: "curl -s -o /dev/null -w 'origin: %{http_code}\\n' --resolve {server}:443:127.0.0.1 https://{server}{path}\ncurl -s -D - -o /dev/null https://{server}{path} | grep -iE '^(HTTP|server|cf-ray)'",
      expect:
        'Run on the nginx host. If nginx itself answers (first line) while the request through Cloudflare (`server: cloudflare`) gets 502, the problem is between Cloudflare and nginx: its addresses blocked at the firewall, the wrong origin port, or an SSL mode nginx does not serve.',
      when: { front: ['cloudflare'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '^\\s*keepalive_timeout'",
      expect:
        'nginx’s idle timeout for client connections (75 s if not set). It must be longer than the load balancer’s idle timeout (60 s on AWS ALB by default), or the balancer reuses a connection nginx has just closed and answers 502 itself, with nothing in nginx’s logs.',
      when: { front: ['cloud-lb'] },
    },
    {
      kind: 'command',
      text: "sudo grep -E 'upstream|connect\\(\\) to|no live|could not be resolved' /var/log/nginx/error.log | tail -n 30",
      expect:
        'The error-log lines behind the 502s: paste them into 502 Doctor for the cause. Nothing at the times of the 502s means the backend itself answered 502, or something in front of nginx did.',
    },
  ],
  'resource-exhaustion': [
    {
      kind: 'command',
      text: "docker compose exec {nginxService} sh -c \"nginx -T 2>/dev/null | grep -nE 'worker_(processes|connections|rlimit_nofile)'; grep 'Max open files' /proc/1/limits\"",
      expect:
        'In nginx’s container. `worker_connections are not enough`: compare with the first line (every proxied request needs two). `Too many open files`: the last line is the limit the container gave nginx (raise it with `ulimits: nofile:` in the Compose file and `worker_rlimit_nofile`).',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "kubectl -n ingress-nginx get configmap -o yaml | grep -nE 'max-worker-(connections|open-files)'",
      expect:
        'ingress-nginx sets `worker_connections` and the open-files limit from these keys; none listed means its defaults (16384 connections).',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'worker_(processes|connections|rlimit_nofile)'\nsudo grep 'Max open files' /proc/$(pgrep -f 'nginx: worker' | head -n 1)/limits\nss -tan state time-wait | wc -l; sysctl net.ipv4.ip_local_port_range",
      expect:
        '`worker_connections are not enough`: compare with the first line (every proxied request needs two). `Too many open files`: the second line is the limit (1024 is too low for a busy proxy). `Cannot assign requested address`: tens of thousands of TIME_WAIT connections against a port range of about 28 000 means the local ports ran out.',
    },
  ],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
