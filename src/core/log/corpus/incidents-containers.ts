import type { Incident } from './types.ts'

/** Real 502/504 incidents from containerised setups (Docker, compose, Kubernetes/ingress-nginx) and the backends run in them, each with the fix its thread confirmed. */
export const CONTAINER_INCIDENTS: readonly Incident[] = [
  {
    source: 'https://github.com/nazar-pc/docker-webserver/issues/18',
    title: 'fastcgi_pass 127.0.0.1:9000 from the nginx container',
    paste: [
      '*6 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: localhost:8000"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'PHP-FPM ran in its own compose service, so 127.0.0.1 inside the nginx container had nothing on 9000; pointing fastcgi_pass at php:9000 fixed it (asker confirmed).',
    fixes: ['use-service-name'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/ietf-tools/mailarchive/pull/4016',
    title: 'proxy_pass localhost went to [::1] where gunicorn does not listen',
    paste: [
      'connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.11.165, server: _, request: "GET /favicon.ico HTTP/1.1", upstream: "http://[::1]:8000/favicon.ico", host: "mailarchive.ietf.org", referrer: "https://mailarchive.ietf.org/arch/export/url/?...',
    ].join('\n'),
    rootCause: 'upstream-refused-ipv6',
    resolution:
      'nginx resolved localhost to ::1 while gunicorn listened on IPv4 only; the merged fix changed proxy_pass to http://127.0.0.1:8000.',
    fixes: ['use-ipv4-loopback'],
    setup: { backend: 'python' },
  },
  {
    source: 'https://github.com/jetty/jetty.project/issues/2306',
    title: 'nginx upstream keepalive outlived Jetty idle timeout',
    paste: [
      '2018/03/04 22:39:30 [error] 19106#19106: *20638423165 upstream prematurely closed connection while reading response header from upstream, client.....',
    ].join('\n'),
    rootCause: 'upstream-premature-close',
    resolution:
      "The asker traced it to nginx reusing upstream keep-alive connections that Jetty had already closed at its idle timeout; keeping nginx's upstream keep-alive shorter than the backend's idle timeout removes the race.",
    fixes: ['align-keepalive-timeouts'],
    setup: { backend: 'java' },
    note: "Resolution is the asker's own explanation (with links), later expanded by a commenter on Jetty's 30 s idle timeout vs nginx's 60 s upstream keepalive_timeout.",
  },
  {
    source: 'https://github.com/sapcc/kubernikus/pull/704',
    title: 'ingress-nginx 4k buffer too small for the dashboard OAuth callback',
    paste: [
      '2022/10/13 20:54:00 [error] 598124#598124: *97323217 upstream sent too big header while reading response header from upstream, client: 198.18.0.5, server: dashboard-label-test-v2-***, request: "GET /oauth/callback?code=***&state=*** HTTP/2.0", upstream: "http://192.168.0.189:3000/oauth/callback?code=***&state=***", host: "dashboard-label-test-v2-***.ingress.kubernikus.***.sap", referrer: "https://authlabel-test-v2-***.ingress.kubernikus.***.sap/"',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      'The OAuth callback response headers exceeded the default proxy buffer; the merged change raised the ingress proxy-buffer-size annotation.',
    fixes: ['raise-header-buffers'],
    setup: { runtime: 'kubernetes', location: 'container' },
  },
  {
    source: 'https://github.com/lobre/docker-notion-proxy/issues/1',
    title: 'Notion responses overflow the proxy header buffer',
    paste: [
      '2020/01/23 10:02:50 [error] 8496#8496: *274 upstream sent too big header while reading response header from upstream, client: 127.0.0.1, server: <REDACTED>, request: "GET /api/322/config/wifi/ HTTP/1.1", upstream: "https://104.26.5.98:443/api/322/config/wifi/", host: "127.0.0.1"',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      'The asker increased the proxy buffer sizes (proxy_buffer_size and friends) following a guide and the 502 went away.',
    fixes: ['raise-header-buffers'],
    setup: { runtime: 'docker', location: 'other-host' },
  },
  {
    source: 'https://github.com/Trustroots/trustroots/pull/752',
    title: 'Node listened on localhost inside its container',
    paste: [
      'nginx         | nginx.1    | localhost 172.17.0.1 - - [21/Oct/2018:05:57:35 +0000] "GET /favicon.ico HTTP/1.1" 502 173 "-" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:62.0) Gecko/20100101 Firefox/62.0"',
      'nginx         | nginx.1    | 2018/10/21 05:57:35 [error] 58#58: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", upstream: "http://172.17.0.5:3000/favicon.ico", host : "localhost:3080"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'The Node app bound to localhost inside the trustroots container, so the nginx container could not reach it; setting its host to 0.0.0.0 fixed it (confirmed by a second developer, merged).',
    fixes: ['bind-all-interfaces'],
    setup: { backend: 'node', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/verifywise-ai/verifywise/issues/3698',
    title: 'frontend nginx container proxied to its own localhost:3000',
    paste: [
      ' frontend_1    | 2026/04/09 06:50:53 [error] 30#30: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: , request: "POST /api/users/login HTTP/1.1", upstream: "http://[::1]:3000/api/users/login", host: "localhost:8080", referrer: "http://localhost:8080/login"',
      'frontend_1     | 2026/04/09 06:50:53 [warn] 30#30: *1 upstream server temporarily disabled while connecting to upstream, client: 172.18.0.1, server: , request: "POST /api/users/login HTTP/1.1", upstream: "http://[::1]:3000/api/users/login", host: "localhost:8080", referrer: "http://localhost:8080/login"',
      'frontend_1     | 2026/04/09 06:50:53 [error] 30#30: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: , request: "POST /api/users/login HTTP/1.1", upstream: "http://127.0.0.1:3000/api/users/login", host: "localhost:8080", referrer: "http://localhost:8080/login"',
      'frontend_1     | 2026/04/09 06:50:53 [warn] 30#30: *1 upstream server temporarily disabled while connecting to upstream, client: 172.18.0.1, server: , request: "POST /api/users/login HTTP/1.1", upstream: "http://127.0.0.1:3000/api/users/login", host: "localhost:8080", referrer: "http://localhost:8080/login"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      "The backend ran in another compose container; the asker's follow-up PR pointed proxy_pass at the backend's compose name instead of localhost and verified the 502 was gone.",
    fixes: ['use-service-name'],
    setup: { runtime: 'docker', location: 'container' },
    resolvedAt: 'https://github.com/verifywise-ai/verifywise/pull/3699',
    note: "localhost was tried as [::1] and 127.0.0.1 and both refused: the cause is the wrong host (nginx's own container), not IPv6. The stored copy cuts the paste at a fifth (access-log) line, left out here.",
  },
  {
    source: 'https://github.com/djmaze/docker-caching-proxy/pull/6',
    title: 'hard-coded resolver 127.0.0.11 refused outside the compose network',
    paste: [
      '2022/10/04 14:22:42 [error] 11#11: send() failed (111: Connection refused) while resolving, resolver: 127.0.0.11:53',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "The image hard-coded resolver 127.0.0.11 but the container's DNS server was elsewhere; the merged PR takes the nameserver from the container's /etc/resolv.conf.",
    fixes: ['fix-resolver-address'],
    setup: { runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/TeamPiped/Piped/issues/1104',
    title: 'variable proxy_pass to varnish with no resolver',
    paste: [
      'nginx           | 2022/06/03 11:28:50 [error] 34#34: *1 no resolver defined to resolve varnish, client: 172.27.0.1, server: in-api-piped.shimul.me, request: "GET /trending?region=US HTTP/1.0", host: "in-api-piped.shimul.me"',
      'nginx           | 172.27.0.1 - - [03/Jun/2022:11:28:50 +0000] "GET /trending?region=US HTTP/1.0" 502 559 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.4972.0 Safari/537.36" "x.x.x.x"',
      'nginx           | 2022/06/03 11:28:52 [error] 33#33: *2 no resolver defined to resolve varnish, client: 172.27.0.1, server: in-api-piped.shimul.me, request: "GET /favicon.ico HTTP/1.0", host: "in-api-piped.shimul.me", referrer: "https://in-api-piped.shimul.me/trending?region=US"',
      'nginx           | 172.27.0.1 - - [03/Jun/2022:11:28:52 +0000] "GET /favicon.ico HTTP/1.0" 502 559 "https://in-api-piped.shimul.me/trending?region=US" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.4972.0 Safari/537.36" "x.x.x.x"',
    ].join('\n'),
    rootCause: 'dns-no-resolver',
    resolution:
      'The maintainer\'s linked fix adds "resolver 127.0.0.11 ipv6=off valid=10s;" (Docker\'s embedded DNS) to the generated nginx.conf.',
    fixes: ['add-resolver'],
    setup: { runtime: 'docker', location: 'container' },
    resolvedAt:
      'https://github.com/TeamPiped/Piped-Docker/commit/9b6ba05f4a3640ad67d197f98eed22e4f932c79e',
  },
  {
    source: 'https://github.com/CloudPirates-io/helm-charts/issues/1170',
    title: "ingress spoke plain HTTP to Keycloak's HTTPS port 8443",
    paste: [
      '2026/03/18 10:16:25 [error] 4045#4045: *398768 upstream prematurely closed connection while reading response header from upstream, client: xx.xx.xx.xx, server: keycloak.local, request: "GET /admin/ HTTP/1.1", upstream: "http://xx.xx.xx.xx:8443/admin/", host: "keycloak.local", referrer: "https://keycloak:8443/"',
    ].join('\n'),
    rootCause: 'upstream-premature-close',
    resolution:
      'The chart left out the nginx.ingress.kubernetes.io/backend-protocol: "HTTPS" annotation when no other annotation was set, so the controller sent HTTP to Keycloak\'s TLS port; the fix always applies it when HTTPS is enabled.',
    fixes: ['match-upstream-protocol'],
    setup: { backend: 'java', runtime: 'kubernetes', location: 'container' },
    resolvedAt: 'https://github.com/CloudPirates-io/helm-charts/pull/1172',
    note: 'The real cause (HTTP to a TLS port) has no line of its own; the nginx line is the premature close it produces. Fix confirmed from the repository history (PR #1172).',
    fixUnread:
      'An early close names no protocol: only the thread shows the port spoke HTTPS, and a closing backend is far more often a keep-alive race or a crash.',
  },
  {
    source: 'https://github.com/bitnami/charts/issues/9043',
    title: 'Keycloak headers too big for ingress-nginx defaults',
    paste: [
      '2022/02/16 16:03:43 [error] 2718#2718: *645594 upstream sent too big header while reading response header from upstream, client: REDACTED, server: REDACTED, request: "GET /auth/realms/master/protocol/openid-connect/<TRUNCATED_FOR_VISIBILITY>", host: "REDACTED"',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      "The asker fixed the refresh 502s by adding the ingress-nginx proxy-buffer-size annotation for Keycloak's large OIDC headers.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'java', runtime: 'kubernetes', location: 'container' },
  },
  {
    source: 'https://github.com/dotnet-architecture/eShopOnContainers/issues/846',
    title: 'ASP.NET Core identity login headers overflow ingress buffers',
    paste: [
      '2018/11/06 19:50:54 [error] 541#541: *80284 upstream sent too big header while reading response header from upstream',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      'Setting proxy-buffer-size 128k in the nginx ingress ConfigMap fixed the login 502; the maintainer confirmed and pointed to the provided ConfigMap.',
    fixes: ['raise-header-buffers'],
    setup: { backend: 'other', runtime: 'kubernetes', location: 'container' },
  },
  {
    source: 'https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/1890',
    title: 'bundled nginx tried [::1] in a container without IPv6',
    paste: [
      '23:53:42           frontend | ✱ Sourcegraph is ready at: http://127.0.0.1:7080',
      '23:53:43       repo-updater | t=2019-01-14T23:53:43+0000 lvl=eror msg="failed to run repository clone purge" worker=repo-purge error="Get http://127.0.0.1:3178/list?cloned: dial tcp 127.0.0.1:3178: connect: connection refused"',
      '23:55:50              nginx | 2019/01/14 23:55:50 [crit] 88#88: *1 connect() to [::1]:8080 failed (99: Address not available) while connecting to upstream, client: 172.17.0.1, server: , request: "GET /sign-in?returnTo=%2F HTTP/1.1", upstream: "http://[::1]:8080/sign-in?returnTo=%2F", host: "localhost:7080"',
      '00:05:29              nginx | 2019/01/15 00:05:29 [crit] 88#88: *16 connect() to [::1]:8080 failed (99: Address not available) while connecting to upstream, client: 172.17.0.1, server: , request: "POST /.api/graphql?CurrentAuthState HTTP/1.1", upstream: "http://[::1]:8080/.api/graphql?CurrentAuthState", host: "localhost:7080", referrer: "http://localhost:7080/site-admin"',
    ].join('\n'),
    rootCause: 'upstream-refused-ipv6',
    resolution:
      "Inside the single server container localhost resolved to ::1, which Docker did not provide; the fix points nginx's backend at 127.0.0.1.",
    fixes: ['use-ipv4-loopback'],
    setup: { backend: 'other', runtime: 'docker', location: 'same-host' },
    resolvedAt: 'https://github.com/sourcegraph/sourcegraph-public-snapshot/pull/1909',
    note: 'The repo-updater line is a start-up race inside the same container and not the cause of the 502s.',
  },
  {
    source: 'https://github.com/suitenumerique/docs/issues/339',
    title: 'nginx started before the app-dev service existed',
    paste: [
      'impress-nginx-1          | 2024/10/15 08:35:13 [emerg] 1#1: host not found in upstream "app-dev" in /etc/nginx/conf.d/default.conf:25',
      'impress-nginx-1          | nginx: [emerg] host not found in upstream "app-dev" in /etc/nginx/conf.d/default.conf:25',
      'impress-nginx-1 exited with code 1',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "The compose file made app-dev depend on nginx instead of the reverse, so after a restart nginx could not resolve app-dev and exited; the asker's fix makes nginx depend on app-dev.",
    fixes: ['ready-before-traffic'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    resolvedAt:
      'https://github.com/suitenumerique/docs/commit/7e8732822bd29fe9cdfd845087053d8e7846eab6',
    note: 'Fix confirmed from the repository history (commit by the asker).',
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/325',
    title: 'two ports in VIRTUAL_PORT left the upstream marked down',
    paste: [
      '2015/12/27 16:55:24 [error] 67#67: *224 no live upstreams while connecting to upstream, client: 92.131.166.169, server: jenkins.myHost.fr, request: "GET / HTTP/1.1", upstream: "http://jenkins.myHost.fr/", host: "jenkins.myHost.fr"',
    ].join('\n'),
    rootCause: 'no-live-upstreams',
    resolution:
      'VIRTUAL_PORT=8080,50000 made docker-gen write "server 172.17.0.3 down;"; the asker found the cause and set a single VIRTUAL_PORT.',
    fixes: ['point-to-listening-address'],
    setup: { backend: 'java', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/1411',
    title: 'nginx-proxy spoke HTTP to a PHP-FPM container on port 80',
    paste: [
      'failed (111: connection refused) while connecting to upstream, client 172.16.238.1; upstream "172.16.238.5:80/"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'The asker had forgotten VIRTUAL_PROTO=fastcgi and VIRTUAL_ROOT, and the PHP-FPM image needed EXPOSE 9000 so the generated upstream used port 9000; another user confirmed the same fix.',
    fixes: ['match-upstream-protocol', 'point-to-listening-address'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The line was posted as shown (apparently retyped: lower-case "connection refused", semicolon); kept verbatim.',
    fixUnread:
      'The refusal is on port 80 from a generated config: nothing in the line says the container behind it speaks FastCGI (on 9000 the evidence would).',
  },
  {
    source: 'https://github.com/tiangolo/full-stack-fastapi-couchbase/issues/11',
    title: 'gunicorn worker timeout on large POSTs behind the proxy',
    paste: [
      '[2019-03-31 18:56:46 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:211)',
      '[2019-03-31 18:56:47 +0000] [372] [INFO] Booting worker with pid: 372',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'gunicorn killed the worker at its default timeout; the maintainer had the asker raise timeout in a custom gunicorn config, and the asker reported back and closed the issue.',
    fixes: ['raise-read-timeout'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/ethpandaops/ansible-collection-general/pull/281',
    title: 'ingress-nginx sent no SNI to an HTTPS upstream',
    paste: [
      'ingress-nginx-public-controller-678c58d9d6-8p8vj controller 2024-10-21T10:41:45.462803094+02:00 2024/10/21 08:41:45 [crit] 165#165: *18127 SSL_do_handshake() failed (SSL: error:0A000458:SSL routines::tlsv1 unrecognized name:SSL alert number 112) while SSL handshaking to upstream, client: 185.71.112.107, server: config.pectra-devnet-4.ethpandaops.io, request: "GET /api/v1/nodes/validator-ranges HTTP/1.1", upstream: "https://209.38.212.82:443/meta/api/v1/validator-ranges.json", host: "config.pectra-devnet-4.ethpandaops.io"',
    ].join('\n'),
    rootCause: 'upstream-ssl',
    resolution:
      'The upstream rejected the handshake without a matching server name; the merged fix sets proxy_ssl_name and proxy_ssl_server_name on for that ingress.',
    fixes: ['proxy-ssl-server-name'],
    setup: { runtime: 'kubernetes', location: 'other-host' },
  },
  {
    source: 'https://github.com/spantaleev/matrix-docker-ansible-deploy/pull/3055',
    title: 'reverse proxy to a CDN-fronted host without SNI',
    paste: [
      '*10 SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::sslv3 alert handshake failure:SSL alert number 40) while SSL handshaking to upstream, client: 172.19.0.1, server: example.host, request: "GET /.well-known/matrix/client HTTP/2.0", upstream: "https://<ip>/.well-known/matrix/client", host: "<domain>"',
    ].join('\n'),
    rootCause: 'upstream-ssl',
    resolution:
      'The upstream (behind a CDN) needs SNI; the merged PR sets proxy_ssl_server_name on in the containerised nginx reverse proxy.',
    fixes: ['proxy-ssl-server-name'],
    setup: { runtime: 'docker', location: 'other-host' },
  },
  {
    source: 'https://github.com/jenkins-infra/helm-charts/pull/1507',
    title: 'artifact caching proxy handshake failure to a CloudFront origin',
    paste: [
      '2025/01/09 09:28:40 [error] 20#20: *43 SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::ssl/tls alert handshake failure:SSL alert number 40) while SSL handshaking to upstream, client: 127.0.0.1, server: _, request: "GET /download/plugins/beer/1.0/beer.hpi HTTP/1.1", upstream: "https://18.160.78.88:443/download/plugins/beer/1.0/beer.hpi", host: "127.0.0.1:8080"',
      '2025/01/09 09:28:40 [warn] 20#20: *43 upstream server temporarily disabled while SSL handshaking to upstream, client: 127.0.0.1, server: _, request: "GET /download/plugins/beer/1.0/beer.hpi HTTP/1.1", upstream: "https://18.160.78.88:443/download/plugins/beer/1.0/beer.hpi", host: "127.0.0.1:8080"',
    ].join('\n'),
    rootCause: 'upstream-ssl',
    resolution:
      'The merged chart change turns proxy_ssl_server_name on by default so the upstream gets SNI.',
    fixes: ['proxy-ssl-server-name'],
    setup: { runtime: 'kubernetes', location: 'other-host' },
  },
  {
    source: 'https://github.com/absmach/magistrala/issues/425',
    title: 'grpc-go server used dynamic HPACK behind ingress GRPC backend',
    paste: [
      '2018/10/23 15:29:06 [error] 30157#30157: *5357193 upstream sent invalid header while reading response header from upstream, client: 127.0.0.1, server: things-grpc, request: "POST /mainflux.ThingsService/CanAccess HTTP/2.0", upstream: "grpc://10.0.0.1:8181", host: "things-grpc:443"',
    ].join('\n'),
    rootCause: 'invalid-response',
    resolution:
      "grpc-go before 1.13 ignored nginx's SETTINGS_HEADER_TABLE_SIZE=0 (grpc-go PR 2045); the project updated its vendored gRPC library.",
    fixes: ['upgrade-backend'],
    setup: { backend: 'other', runtime: 'kubernetes', location: 'container' },
    resolvedAt:
      'https://github.com/absmach/magistrala/commit/33f5f01a78dc23c91fc09689acef79921b273e43',
    note: 'The issue names the fix (update grpc-go); the closing commit was found in the repository history ("Update GRPC version", two weeks later), not linked from the thread.',
    fixUnread:
      "An invalid header is most often the wrong protocol for the port; that this one was a library bug fixed upstream only the thread's debugging shows.",
  },
  {
    source: 'https://github.com/bytedeck/bytedeck/pull/2299',
    title: 'nginx kept the old IP of the recreated web container',
    paste: [
      'connect() failed (111: Connection refused) while connecting to upstream,',
      'upstream: "uwsgi://172.31.0.4:8000"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'Restarting the service recreated the web container on a new IP while nginx kept the address resolved at start; the merged fix uses resolver 127.0.0.11 and a variable uwsgi_pass so the name is resolved per request.',
    fixes: ['re-resolve-upstream'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'container' },
    note: 'One error-log entry, shortened and wrapped over two lines by the poster.',
  },
  {
    source: 'https://github.com/er0080/vllm-benchmarking/issues/62',
    title: 'UI 502 after recreating the api container',
    paste: [
      'connect() failed (111: Connection refused) while connecting to upstream: "http://172.19.0.4:8000/api/health"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      "nginx had resolved api once at start and kept dialling its old IP after docker compose recreated it; the fix switches to Docker's embedded resolver with a variable proxy_pass.",
    fixes: ['re-resolve-upstream'],
    setup: { runtime: 'docker', location: 'container' },
    resolvedAt: 'https://github.com/er0080/vllm-benchmarking/pull/67',
    note: 'Fix confirmed from the repository history (PR #67 adds resolver 127.0.0.11 to docker/nginx.conf).',
  },
  {
    source: 'https://github.com/django-files/django-files/pull/425',
    title: 'nginx pinned a dead app address resolved before the app started',
    paste: [
      '[error] 22#22: connect() failed (111: Connection refused) while connecting to upstream,',
      'request: "GET /oauth/", upstream: "http://10.0.1.98:9000/oauth/", host: "f-dev.cssnr.com"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'nginx resolved app once at start, before gunicorn was up, and kept a dead address; the merged fix resolves the upstream per request with a resolver and a variable proxy_pass.',
    fixes: ['re-resolve-upstream'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    note: 'One error-log entry, shortened and wrapped over two lines by the poster.',
    fixUnread:
      "The refused address is not in a container range, so the log does not show containers; with the thread's setup the recreated-address fix is third, after binding and the backend's config.",
  },
  {
    source: 'https://github.com/ysugimoto/lua-resty-grpc-gateway/pull/17',
    title: 'grpc_pass without TE: trailers rejected by the backend',
    paste: [
      '2019/11/27 11:42:29 [error] 4553#4553: *1 upstream rejected request with error 2 while reading response header from upstream, client: 127.0.0.1, server: 127.0.0.1, request: "GET /rest?name=grpc-rest HTTP/1.1", upstream: "grpc://192.168.99.100:50051", host: "localhost"',
      'Nov 27, 2019 11:46:37 AM io.grpc.netty.NettyServerHandler onHeadersRead',
      'WARNING: Expected header TE: trailers, but null is received. This means some intermediate proxy may not support trailers',
    ].join('\n'),
    rootCause: 'invalid-response',
    resolution:
      "The gateway's gRPC request lacked the TE: trailers header that the Python and Java gRPC servers require; adding grpc_set_header TE trailers fixed it (merged).",
    fixes: ['match-upstream-protocol'],
    setup: { backend: 'python' },
    note: 'The first line is from a Python gRPC backend, the Java lines from a second backend tested the same way. "upstream rejected request" is read as a protocol mismatch (invalid-response).',
  },
  {
    source: 'https://github.com/security-force-monitor/sfm-cms/issues/240',
    title: 'slow Django page cut off after 30 seconds',
    paste: [
      '2017/09/23 19:12:36 [error] 540#540: *1 upstream prematurely closed connection while reading',
      'response header from upstream,',
      'client: 108.69.75.30,',
      'server: back.securityforcemonitor.org,',
      'request: "GET /en/organization/detail/7/ HTTP/1.1",',
      'upstream: "http://127.0.0.1:8005/en/organization/detail/7/",',
      'host: "back.securityforcemonitor.org"',
    ].join('\n'),
    rootCause: 'upstream-premature-close',
    resolution:
      'The backend dropped the request at about 30 s while nginx timeouts were longer; the developers made the page fast instead (recursive queries moved to AJAX, query performance fixes).',
    fixes: ['speed-up-backend'],
    setup: { backend: 'python', location: 'same-host' },
    note: 'One error-log entry that the poster wrapped over seven lines. Raising nginx timeouts did not help because the close came from the app server side.',
    fixUnread:
      'The paste cannot tell a page that must become faster from one that needs more time: for an app server cutting slow requests, raising its time-out is the more common fix.',
  },
  {
    source:
      'https://github.com/mosesreigns/Build-and-Dockerize-a-Full-stack-React-app-with-Node.js-MySQL-and-Nginx-for-reverse-proxy/issues/1',
    title: 'client container crashed, nginx found no route to its IP',
    paste: [
      '[error] 32#32: *1 connect() failed (113: No route to host) while connecting to upstream, client: 172.23.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.23.0.2:3000/", host: "localhost:3050"',
    ].join('\n'),
    rootCause: 'upstream-unreachable',
    resolution:
      'The Node client container kept dying (no write access to /app/node_modules/.cache, then an OpenSSL error on node:alpine); changing WORKDIR to /usr/src/app and the base image to node:16 made it run, and the 502 went away.',
    fixes: ['fix-backend-crash'],
    setup: { backend: 'node', runtime: 'docker', location: 'container' },
    note: 'The poster diagnosed and fixed it in the same post. The crash left no line of its own in the paste; the nginx line is what the dead container produced.',
  },
  {
    source: 'https://github.com/kortix-ai/suna/pull/6705',
    title: 'API container OOM-killed behind Cloudflare',
    paste: [
      'exit 137  OutOfMemoryError: container killed due to memory usage  19:51:01',
      'exit 137  OutOfMemoryError: container killed due to memory usage  19:51:31',
      'exit 137  OutOfMemoryError: container killed due to memory usage  20:02:19',
    ].join('\n'),
    rootCause: 'oom-kill',
    resolution:
      'The dev API task had a 1024 MiB memory limit, a quarter of the other environments, and was being OOM-killed every few minutes; the merged fix raised the container memory.',
    fixes: ['add-memory'],
    setup: { runtime: 'other', location: 'container', front: 'cloudflare' },
    note: 'No nginx in this path: Cloudflare returned its own 502/504 while the ECS task was dead. The lines are ECS stop reasons, not kernel OOM lines.',
  },

  {
    source: 'https://github.com/mendix/cf-mendix-buildpack/pull/217',
    title: 'buildpack nginx read timeout shorter than the platform front',
    paste: [
      '[error] 191#0: *82 upstream timed out (110: Connection timed out) while',
      'reading response header from upstream',
    ].join('\n'),
    rootCause: 'upstream-read-timeout',
    resolution:
      'Long Mendix (Java) requests outlived the buildpack nginx proxy_read_timeout; the merged change raised it to 1 h, the same as the front-facing layer.',
    fixes: ['raise-read-timeout', 'align-front-timeouts'],
    setup: { backend: 'java', runtime: 'other', location: 'same-host' },
    note: 'One error-log entry wrapped over two lines in the PR description. Runtime is Cloud Foundry (buildpack container).',
  },
  {
    source: 'https://github.com/hubmapconsortium/portal-ui/issues/1420',
    title: 'uWSGI 4k request buffer reset by big cookies',
    paste: [
      'invalid request block size: 4143 (max 4096)...skip',
      'recv() failed (104: Connection reset by peer) while reading response header from upstream, ',
      'client: 172.18.0.6, server: , request: \\"GET /favicon.ico HTTP/1.1\\", ',
      'upstream: \\"uwsgi://unix:///tmp/uwsgi.sock:\\", ',
      'host: \\"portal.hubmapconsortium.org\\", ',
      'referrer: \\"https://portal.hubmapconsortium.org/search?entity_type[0]=Donor\\"\\n"',
      '"GET /favicon.ico HTTP/1.1" 502 560',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "uWSGI rejected requests whose headers exceeded its 4096-byte buffer and dropped the socket; the fix doubled uWSGI's buffer-size in the container.",
    fixes: ['uwsgi-buffer-size'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'same-host' },
    resolvedAt: 'https://github.com/hubmapconsortium/portal-ui/pull/1421',
    note: 'Three separate pastes (uWSGI, nginx error log with JSON-escaped quotes, access log); the nginx entry is one line the poster wrapped. The real cause is the uWSGI line; there is no cause id for it, so the nginx reset is the root. Fix confirmed from the repository history.',
    verdict:
      "uWSGI's own `invalid request block size` line is in the paste: it names what nginx's resets only show (issue 9 §3), so its finding comes first and leads to uwsgi-buffer-size.",
  },
  {
    source: 'https://github.com/alerta/alerta/issues/636',
    title: 'uWSGI request buffer too small in the alerta-web container',
    paste: [
      "monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | 2018-08-07 00:08:55,290 DEBG 'uwsgi' stdout output:",
      'monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | invalid request block size: 4437 (max 4096)...skip',
      'monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | invalid request block size: 4437 (max 4096)...skip',
      'monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    |',
      "monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | 2018-08-07 00:08:55,290 DEBG 'nginx' stdout output:",
      'monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | 2018/08/07 00:08:55 [error] 54#0: *28 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.255.0.3, server: , request: "GET /api/alerts/count?status=open&status=unknown HTTP/1.1", upstream: "uwsgi://unix:/tmp/uwsgi.sock:", host: "epic.test.com:15017", referrer: "https://epic.test.com:15017/"',
      'monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | 2018/08/07 00:08:55 [error] 54#0: *29 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.255.0.3, server: , request: "GET /api/environments?status=open&status=unknown HTTP/1.1", upstream: "uwsgi://unix:/tmp/uwsgi.sock:", host: "epic.test.com:15017", referrer: "https://epic.test.com:15017/"',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "uWSGI skipped requests larger than its 4096-byte buffer and reset the connection; two days later the docker image doubled uWSGI's request header buffer size.",
    fixes: ['uwsgi-buffer-size'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'same-host' },
    resolvedAt: 'https://github.com/alerta/docker-alerta/pull/89',
    note: 'Docker swarm service log (service.task@node prefix). The stored copy cuts the paste after these lines. Fix confirmed from the docker-alerta history ("Double the uwsgi request header buffer size"), not linked from the thread.',
    verdict:
      "uWSGI's own `invalid request block size` line is in the paste: it names what nginx's resets only show (issue 9 §3), so its finding comes first and leads to uwsgi-buffer-size.",
  },
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/9443',
    title: 'EKS node security group blocked node-to-node pod traffic',
    paste: [
      '2023/03/08 16:02:40 [error] 31#31: *569 upstream timed out (110: Operation timed out) while connecting to upstream, client: 108.162.227.25, server: dev-aws.example.com, request: "GET / HTTP/1.1", upstream: "http://192.168.215.1:80/", host: "dev-aws.example.com"',
      '2023/03/08 16:02:45 [error] 31#31: *569 upstream timed out (110: Operation timed out) while connecting to upstream, client: 108.162.227.25, server: dev-aws.example.com, request: "GET / HTTP/1.1", upstream: "http://192.168.215.1:80/", host: "dev-aws.example.com"',
      '108.162.227.25 - - [08/Mar/2023:16:02:45 +0000] "GET / HTTP/1.1" 504 562 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" 1100 14.998 [pc-dev-example-web-service-80] [] 192.168.215.1:80, 192.168.215.1:80, 192.168.215.1:80 0, 0, 0 5.000, 5.000, 5.000 504, 504, 504 a7c98d98ac870f64981a997cd2f373a1',
      '2023/03/08 16:04:26 [error] 32#32: *1488 upstream timed out (110: Operation timed out) while connecting to upstream, client: 172.68.34.41, server: dev-aws.example.com, request: "GET / HTTP/1.1", upstream: "http://192.168.215.1:80/", host: "dev-aws.example.com"',
    ].join('\n'),
    rootCause: 'upstream-connect-timeout',
    resolution:
      'The controller pod could not open connections to a pod on another node because the EKS node security group did not allow node-to-node traffic; adding node-to-node rules fixed it (confirmed by two other users with the same logs).',
    fixes: ['open-network-path'],
    setup: { runtime: 'kubernetes', location: 'container' },
    note: 'The paste was posted as a Markdown quote ("> " before each line), removed here; the stored copy cuts it after these four lines.',
  },
  {
    source: 'https://github.com/TeamPiped/Piped/issues/3679',
    title: 'nginx template still named the renamed frontend service',
    paste: [
      '2024/06/22 16:54:59 [emerg] 1#1: host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2',
      'nginx: [emerg] host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2',
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2024/06/22 16:55:25 [emerg] 1#1: host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2',
      'nginx: [emerg] host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2',
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "The compose service had been renamed to piped-frontend while the nginx template still used pipedfrontend, so nginx exited in a restart loop; the maintainers' fix changed the upstream to piped-frontend:80.",
    fixes: ['fix-upstream-name'],
    setup: { runtime: 'docker', location: 'container' },
    resolvedAt:
      'https://github.com/TeamPiped/Piped-Docker/commit/d07c22f079b3e3acc1ef2debe1189ac416190fbf',
    note: 'The restart loop repeats; the stored copy cuts the "docker logs nginx" paste here. The fix commit says "closes TeamPiped/Piped#3679".',
  },
  {
    source: 'https://github.com/deso-protocol/run/issues/47',
    title: 'nginx container started before the frontend service',
    paste: [
      'nginx       | 2021/05/09 13:41:54 [emerg] 1#1: host not found in upstream "frontend" in /etc/nginx/nginx.conf:10',
      'nginx       | nginx: [emerg] host not found in upstream "frontend" in /etc/nginx/nginx.conf:10',
      'nginx exited with code 1',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      'nginx sometimes started before the frontend container existed, so the name did not resolve and nginx exited; the linked PR adds depends_on so nginx starts last.',
    fixes: ['ready-before-traffic'],
    setup: { runtime: 'docker', location: 'container' },
    resolvedAt: 'https://github.com/deso-protocol/run/pull/49',
    note: 'PR #49 ("Start nginx last") is linked in the thread and merged the same day (checked in the repository history).',
  },
  {
    source: 'https://github.com/iv-org/invidious/issues/604',
    title: 'Connection "Upgrade" forced on every proxied request',
    paste: [
      '2019/06/21 17:08:06 [error] 9702#9702: *7369891 upstream prematurely closed connection while reading upstream, client: xx.xx.xx.xx, server: domain.com, request: "GET /sb/EXcQy-LeRS0/storyboard3_L2/M3.jpg?sqp=ovOX_wMGCMqC-uYF&sigh=rs%24AOn4CLD1GZFpBEplcmpALSKb-i12wWdmlQ HTTP/2.0", upstream: "http://123.456.789.10:3000/sb/EXcQy-LeRS0/storyboard3_L2/M3.jpg?sqp=ovOX_wMGCMqC-uYF&sigh=rs%24AOn4CLD1GZFpBEplcmpALSKb-i12wWdmlQ", host: "domain.com"',
      '2019/06/21 13:38:11 [error] 24652#24652: *924 upstream prematurely closed connection while reading response header from upstream, client: xx.xx.xx.xx, server: sub.domain.com, request: "GET /feed/channel/UCu_xBLDLb_DRMdGW8lGgQWw HTTP/2.0", upstream: "http://123.456.789.10:3000/feed/channel/UCu_xBLDLb_DRMdGW8lGgQWw", host: "sub.domain.com"',
    ].join('\n'),
    rootCause: 'upstream-premature-close',
    resolution:
      'The proxy sent "Connection: Upgrade" on every request; the asker replaced it with proxy_set_header Connection $http_connection and the premature-close errors stopped.',
    fixes: ['dont-force-connection-upgrade'],
    setup: { backend: 'other' },
    note: "Two separate pastes in the first post; the fix is the asker's own later comment (2019-11-03).",
    fixUnread:
      'The line shows an ordinary request closed early; the header that caused it is in the config, which the log does not show.',
  },
]
