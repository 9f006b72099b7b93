import type { Incident } from './types.ts'

/** Real incidents gathered last, kept out of the fix-order table's making: they measure it. */
export const FIX_HOLDOUT_INCIDENTS: readonly Incident[] = [
  {
    source: 'https://github.com/department-of-veterans-affairs/caseflow/pull/13036',
    title: 'Rails demo pages 502: response header over the 4k proxy buffer',
    paste:
      '2019/12/18 21:39:59 [error] 410#410: *604 upstream sent too big header while reading response header from upstream, client: 74.96.204.56, server: , request: "GET /tasks?user_id=3&role=Judge HTTP/2.0", upstream: "http://192.168.96.6:3000/tasks?user_id=3&role=Judge", host: "caseflowdemo.com"',
    rootCause: 'header-too-big',
    resolution:
      "The app's response headers outgrew nginx's default 4k proxy buffer on some pages; the merged PR raised the proxy buffer to 128k.",
    fixes: ['raise-header-buffers'],
    setup: {},
    note: 'The upstream is a private address on port 3000 (the Rails app); the PR does not say how it is run, so no setup is given.',
  },
  {
    source: 'https://github.com/geerlingguy/ansible-role-php/issues/73',
    title: 'Ansible role update moves PHP-FPM to 127.0.0.1:9000, nginx still wants php5-fpm.sock',
    paste:
      '2016/01/22 18:57:43 [crit] 6648#0: *9 connect() to unix:/var/run/php5-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: <IP>, server: <HOST>, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "<HOST>"',
    rootCause: 'socket-missing',
    resolution:
      "A new role default made PHP-FPM listen on 127.0.0.1:9000, so the socket nginx used was never created; setting the role's php_fpm_listen back to /var/run/php5-fpm.sock makes the two agree again.",
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: "The resolution is the maintainer's answer, after which the issue was closed; pointing fastcgi_pass at 127.0.0.1:9000 would have been the same fix from the other side.",
  },
  {
    source: 'https://github.com/eddic/fastcgipp/issues/97',
    title: 'fastcgi++ app creates its socket 0755, nginx cannot connect',
    paste:
      '2021/03/26 11:57:52 [crit] 21363#21363: *10 connect() to unix:/tmp/rtjambox.sock failed (13: Permission denied) while connecting to upstream, client: 192.168.1.245, server: _, request: "GET /rtjambox HTTP/1.1", upstream: "fastcgi://unix:/tmp/rtjambox.sock:", host: "music.basscleftech.com"',
    rootCause: 'permission-denied',
    resolution:
      "The C++ FastCGI app created its socket as srwxr-xr-x owned by its own user, so nginx (www-data) could not write to it; passing the user and group to the library's listen() call made the socket usable by nginx.",
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'other', location: 'same-host', distro: 'debian' },
    note: "Raspberry Pi (pi@raspberrypi prompt), hence debian. The workaround is the asker's own; the permission mode they asked for was not honoured by the library.",
  },
  {
    source: 'https://github.com/aws/eks-anywhere/issues/5780',
    title: 'ingress speaks TLS to a Spring Boot pod that serves plain HTTP',
    paste:
      '*24302986 SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: XX.XXX.XX.XXX, server: host.com, request: "GET /decision/version/ HTTP/2.0", upstream: "[**https**://XX.XXX.XX.XXX:8099/"](https://XX.XXX.XX.XXX:8099/%22), host: "host.com""',
    rootCause: 'upstream-ssl',
    resolution:
      "The ingress sent HTTPS to a pod listening for plain HTTP on 8099; setting the annotation nginx.ingress.kubernetes.io/backend-protocol: HTTP fixed it (the asker's own follow-up).",
    fixes: ['match-upstream-protocol'],
    setup: { backend: 'java', runtime: 'kubernetes', location: 'container' },
    note: 'The upstream field is mangled by GitHub markdown (bold and an auto-link) exactly as stored; "wrong version number" means the other side did not answer with TLS at all.',
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/936',
    title: 'nginx-proxy speaks TLS to Portainer because of VIRTUAL_PROTO',
    paste:
      '3 SSL_do_handshake() failed (SSL: error:1408F10B:SSL routines:ssl3_get_record:wrong version number) while SSL handshaking to upstream....',
    rootCause: 'upstream-ssl',
    resolution:
      "VIRTUAL_PROTO=https made the generated config proxy to Portainer over TLS while it served plain HTTP; removing VIRTUAL_PROTO from the container's environment fixed the 502.",
    fixes: ['match-upstream-protocol'],
    setup: { backend: 'other', runtime: 'docker', location: 'container' },
    note: 'The paste starts inside the connection number and the poster cut it with "....".',
  },
  {
    source: 'https://github.com/Wikia/app/pull/16268',
    title: 'PHP-FPM children SIGKILLed at the container memory limit',
    paste:
      '[25-Oct-2018 13:34:22] WARNING: [pool www] child 10 exited on signal 9 (SIGKILL) after 271.560674 seconds from start',
    rootCause: 'backend-crash',
    resolution:
      'Memory-heavy requests pushed the PHP container over its memory limit and its workers were killed with SIGKILL; the merged PR raised the container limit to match the per-process PHP limit times the workers and cut the workers from 10 to 5, after which load tests showed no 502s.',
    fixes: ['add-memory', 'reduce-backend-memory'],
    setup: { backend: 'php-fpm', location: 'container' },
    note: 'Signal 9 (not 11) means something killed the child from outside: here the container memory limit. No kernel OOM line was pasted, so the PHP-FPM line is the evidence; oom-kill is the cause behind it.',
  },
  {
    source: 'https://github.com/NginxProxyManager/nginx-proxy-manager/issues/259',
    title: 'Nginx Proxy Manager cannot resolve host.docker.internal',
    paste:
      '2019/12/15 19:47:17 [error] 998#998: *368 host.docker.internal could not be resolved (3: Host not found), client: 192.168.16.1, server: xxx.local.test, request: "GET / HTTP/2.0", host: "xxx.local.test", referrer: "http://localhost:81/nginx/proxy"',
    rootCause: 'dns-resolve-failed',
    resolution:
      "nginx's own resolver could not resolve host.docker.internal (a name the container's tools could resolve); the asker pinged the name from the app container and put the resulting IP address in the proxy host, which worked.",
    fixes: ['fix-upstream-name'],
    setup: { runtime: 'docker', location: 'other-host', distro: 'other' },
    note: 'macOS Docker Desktop; the backend runs on the Docker host. The workaround replaces the name nginx cannot resolve with an address.',
  },
  {
    source: 'https://github.com/Clinical-Genomics/scout/issues/3584',
    title: 'Flask app appends a second Content-Length, nginx refuses the response',
    paste: [
      '2022/09/09 09:28:20 [warn] 32#32: *4064 upstream sent duplicate header line: "Content-type: application/octet-stream", previous value: "Content-Type: text/html; charset=utf-8", ignored while reading response header from upstream, client: 10.231.229.34, server: , request: "GET /remote/static?file=%2Faccess%2Fwgs%2Fbam%2F9313-22_dedup.bam HTTP/1.1", upstream: "http://172.22.0.11:5000/remote/static?file=%2Faccess%2Fwgs%2Fbam%2F9313-22_dedup.bam", host: "cmdscout2.lund.skane.se"',
      '2022/09/09 09:28:20 [error] 32#32: *4064 upstream sent duplicate header line: "Content-Length: 26", previous value: "Content-Length: 26" while reading response header from upstream, client: 10.231.229.34, server: , request: "GET /remote/static?file=%2Faccess%2Fwgs%2Fbam%2F9313-22_dedup.bam HTTP/1.1", upstream: "http://172.22.0.11:5000/remote/static?file=%2Faccess%2Fwgs%2Fbam%2F9313-22_dedup.bam", host: "cmdscout2.lund.skane.se"',
    ].join('\n'),
    rootCause: 'invalid-response',
    resolution:
      'The /remote/static endpoint appended its own Content-Type and Content-Length to headers Flask already set, so nginx saw Content-Length twice and answered 502; the app was changed to set each header once.',
    fixes: ['fix-backend-response'],
    setup: { backend: 'python', location: 'container' },
    note: 'The duplicate Content-Type is only a warning (ignored); the duplicate Content-Length is the error. The report names the faulty code and the issue was closed as fixed by the maintainers.',
  },
  {
    source: 'https://github.com/netptop/siteproxy/issues/75',
    title: 'siteproxy (Node) sends Content-Length and Transfer-Encoding together',
    paste:
      'upstream sent "Content-Length" and "Transfer-Encoding" headers at the same time while reading response header from upstream',
    rootCause: 'invalid-response',
    resolution:
      'The Node proxy app answered with both Content-Length and Transfer-Encoding, which nginx 1.23 rejects with a 502; the maintainer fixed the headers in siteproxy v2.1.15 (the asker had bridged it with Caddy meanwhile).',
    fixes: ['upgrade-backend', 'fix-backend-response'],
    setup: { backend: 'node', runtime: 'docker', location: 'container' },
    note: 'Only the message part of the error line was posted. Docker Compose with a node:18 image.',
  },
  {
    source: 'https://github.com/pulibrary/princeton_ansible/pull/1111',
    title: 'HTTPS upstream resets the handshake without SNI',
    paste:
      'peer closed connection in SSL handshake (104: Connection reset by peer) while SSL handshaking to upstream',
    rootCause: 'upstream-ssl',
    resolution:
      'The HTTPS backends behind the proxy_pass rules needed the server name in the TLS handshake; the merged PR turned on proxy_ssl_server_name for those rules.',
    fixes: ['proxy-ssl-server-name'],
    setup: {},
    note: 'Only the message part of the line is quoted in the PR description.',
  },
  {
    source: 'https://github.com/vouch/vouch-proxy/issues/426',
    title: 'auth_request to vouch-proxy: large Keycloak group claims overflow the header buffer',
    paste: 'upstream sent too big header while reading response header from upstream',
    rootCause: 'header-too-big',
    resolution:
      'Users with many Keycloak groups got a token whose headers from vouch-proxy passed 4k; raising proxy_buffer_size (large_client_header_buffers and proxy_buffers alone had not helped) fixed it, and the asker confirmed.',
    fixes: ['raise-header-buffers'],
    setup: { backend: 'other' },
    note: 'The message is quoted in prose. The asker had tuned proxy_buffers but not proxy_buffer_size, which is the one that holds the response header.',
  },
  {
    source: 'https://github.com/galaxyproject/galaxy-helm/pull/278',
    title: 'Galaxy on Kubernetes: OIDC login response header too big for nginx',
    paste: 'upstream sent too big header while reading response header from upstream',
    rootCause: 'header-too-big',
    resolution:
      "Logging in through Keycloak OIDC returned headers larger than the chart's nginx buffers; the merged PR raised the nginx proxy buffer sizes in the Helm chart.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'python', runtime: 'kubernetes', location: 'container' },
    note: 'Only the message was posted.',
  },
  {
    source: 'https://github.com/wulabing/V2Ray_ws-tls_bash_onekey/issues/8',
    title: 'v2ray under systemd reads a different config file and listens on another port',
    paste: 'connect() failed (111: Connection refused) while connecting to upstream',
    rootCause: 'upstream-refused',
    resolution:
      "systemctl status showed v2ray started with /usr/local/etc/v2ray/config.json rather than /etc/v2ray/config.json, so it listened on a port other than the one in nginx's v2ray.conf; copying the intended config over the one the unit reads fixed it (another user confirmed it solved theirs).",
    fixes: ['fix-backend-config'],
    setup: { backend: 'other', runtime: 'systemd', location: 'same-host' },
    note: 'Only the message part of the nginx line is quoted. The asker posts the diagnosis and the fix in the opening post.',
  },
  {
    source: 'https://github.com/puma/puma/issues/1449',
    title: 'Puma unix socket created without a listen backlog, nginx gets EAGAIN under load',
    paste:
      'connect() to unix:/path/to/socket/puma.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client...',
    rootCause: 'resource-exhaustion',
    resolution:
      "Puma's unix-socket binder used no backlog by default, so bursts above a few hundred connections per second overflowed the accept queue; setting a backlog in the bind URI query string stopped the errors, and the maintainers confirmed the default was a bug.",
    fixes: ['raise-socket-backlog'],
    setup: { backend: 'other', location: 'same-host' },
    note: 'Ruby/Puma, hence backend "other". The path is the poster\'s placeholder and the line is cut by the poster.',
  },
  {
    source: 'https://github.com/zabbix/zabbix-docker/issues/732',
    title:
      'Zabbix web image: FastCGI read timeout (180 s) shorter than PHP max_execution_time (600 s)',
    paste:
      '2020/09/21 10:12:37 [error] 46#46: *9368 upstream timed out (110: Operation timed out) while reading response header from upstream, client: x.x.x.x, server: zabbix, request: "POST /zabbix/api_jsonrpc.php HTTP/1.1", upstream: "fastcgi://unix:/tmp/php-fpm.sock", host: "xxx.net"',
    rootCause: 'upstream-read-timeout',
    resolution:
      "A heavy API call was cut by nginx's fastcgi_read_timeout of 180 s although PHP was allowed 600 s; the asker traced it to the mismatch and asked for fastcgi_read_timeout to match max_execution_time, and the issue was closed after the change.",
    fixes: ['raise-read-timeout'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'same-host' },
    note: '"Operation timed out" is musl\'s wording for errno 110 (Alpine image). nginx and PHP-FPM share the container and talk over a unix socket, hence same-host.',
  },
  {
    source: 'https://github.com/boschkundendienst/guacamole-docker-compose/issues/80',
    title: 'nginx container proxies to a host port Guacamole no longer publishes',
    paste: [
      '2023/07/25 14:23:42 [error] 37#37: *11 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1, server: localhost, request: "GET / HTTP/2.0", upstream: "http://192.168.1.150:8348/guacamole/", host: "192.168.1.150:8443"',
      '172.20.0.1 - - [25/Jul/2023:14:23:42 +0000] "GET / HTTP/2.0" 502 497 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5.2 Safari/605.1.15" "-"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'nginx pointed at host port 8348, which nothing listened on after the restart; the asker moved the other container off 8080 and left Guacamole on its own 8080, and the maintainer explained the container-port versus published-port mapping.',
    fixes: ['point-to-listening-address'],
    setup: { backend: 'java', runtime: 'docker', location: 'container' },
    note: 'Guacamole runs on Tomcat (Java). Judgement call: the fix was making the proxied port and the listening port agree again.',
    fixUnread:
      'The upstream is a private address, not a container one, and the line names no container: the port that moved only the thread shows.',
  },
  {
    source: 'https://github.com/turnkeylinux/tracker/issues/973',
    title:
      'Mattermost set to serve TLS itself behind nginx, refuses plain connections after reboot',
    paste:
      '[error] 1304#0: *13 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.xxx.xxx, server: , request: "GET /api/v3/users/websocket HTTP/1.1", upstream: "http://127.0.0.1:8065/api/v3/users/websocket", host: "xxx.xxx"',
    rootCause: 'upstream-refused',
    resolution:
      "TLS had been switched on in Mattermost's own config although nginx terminates TLS, so Mattermost no longer served on 127.0.0.1:8065 as nginx expected; turning it off in the Mattermost config solved it.",
    fixes: ['fix-backend-config'],
    setup: { backend: 'other', location: 'same-host' },
    note: 'Mattermost (Go) in a TurnKey LXC container with its own nginx; the paste is quoted as posted, starting at the level.',
  },
  {
    source: 'https://github.com/haiwen/seahub/issues/5219',
    title: 'Seahub gunicorn bind set to a hostname it cannot use, so it never starts',
    paste: [
      '[2022-07-25 09:29:50 +0000] [4461] [INFO] Starting gunicorn 20.1.0',
      "[2022-07-25 09:29:50 +0000] [4461] [ERROR] Invalid address: ('bhack.net', 8000)",
      '[2022-07-25 09:29:50 +0000] [4461] [ERROR] Retrying in 1 second.',
      "[2022-07-25 09:29:55 +0000] [4461] [ERROR] Can't connect to ('bhack.net', 8000)",
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'After a migration, gunicorn.conf.py still bound Seahub to the old domain name, so gunicorn could not bind and exited while seahub.sh reported success; changing the bind address in gunicorn.conf.py fixed it (the issue asks for the error to be logged).',
    fixes: ['fix-backend-config'],
    setup: { backend: 'python', location: 'same-host' },
    note: 'Only gunicorn lines were posted (with Daemon=False); the first four of the repeated lines are kept. The failure left nothing listening for the web server in front.',
  },
  {
    source: 'https://github.com/vmware-archive/kube-prod-runtime/pull/692',
    title: 'oauth2_proxy 4.1 response headers overflow the ingress proxy buffer',
    paste: 'upstream sent too big header while reading response header from upstream',
    rootCause: 'header-too-big',
    resolution:
      'After the oauth2_proxy 4.1.0 update, OAuth logins on AKS failed because its response headers no longer fit the ingress proxy buffer; the merged PR set the ingress controller proxy-buffer-size to 16k.',
    fixes: ['raise-header-buffers'],
    setup: { backend: 'other', runtime: 'kubernetes', location: 'container' },
    note: 'Only the message was quoted; the cluster is AKS.',
  },
  {
    source: 'https://github.com/agarbato/unicloud/issues/30',
    title: 'uWSGI 4k request buffer in the unicloud image rejects a browser with big headers',
    paste: 'invalid request block size: 4261 (max 4096)...skip',
    rootCause: 'backend-crash',
    resolution:
      "The maintainer read uWSGI's 'invalid request block size' in the reporter's logs and pushed a dev image with a larger uWSGI buffer-size; the reporter confirmed 'That worked!'.",
    fixes: ['uwsgi-buffer-size'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'container' },
    note: 'The uWSGI line was quoted by the maintainer from the logs the reporter sent. No cause id names the uWSGI rejection itself; backend-crash follows the existing uWSGI buffer incidents.',
  },
  {
    source: 'https://github.com/galaxyproject/pulsar/issues/64',
    title: 'Pulsar behind nginx: uWSGI default 4k buffer too small for Galaxy requests',
    paste: 'invalid request block size: 9614 (max 4096)...skip',
    rootCause: 'backend-crash',
    resolution:
      'The reporter set buffer-size=32768 in the [uwsgi] section of server.ini, which side-stepped the failing requests; a maintainer agreed there is no other fix than the uWSGI option.',
    fixes: ['uwsgi-buffer-size'],
    setup: { backend: 'uwsgi' },
    note: "nginx front-end named in the report; the fix is the reporter's own, stated with the report.",
  },
  {
    source: 'https://github.com/SkynetLabs/skynet-webportal/pull/1058',
    title: 'Portal nginx runs out of worker_connections under load',
    paste: '1024 worker_connections are not enough',
    rootCause: 'resource-exhaustion',
    resolution:
      'Under heavy load (slow skyd responses keeping connections open) nginx hit its 1024 worker_connections; the merged PR raised worker_connections and set worker_processes to auto.',
    fixes: ['raise-worker-connections'],
    setup: { runtime: 'docker' },
    note: 'Only the message was quoted in the PR. A reviewer added that the open-file limit must stay above it.',
  },
  {
    source: 'https://github.com/ZoeyVid/NPMplus/issues/1685',
    title: 'NPMplus: 512 worker_connections are not enough during a flood',
    paste: '[alert] 3293#3293: 512 worker_connections are not enough',
    rootCause: 'resource-exhaustion',
    resolution:
      'The reporter raised NGINX_WORKER_PROCESSES in the compose file (more processes times 512 connections), and the maintainer pointed to setting worker_connections itself in the event.conf include; the issue was closed on that.',
    fixes: ['raise-worker-connections'],
    setup: { runtime: 'docker', location: 'container' },
    note: 'The line is the issue title, which the reporter says was spammed in the log. Judgement call: raising worker processes is counted as raising the connection capacity (raise-worker-connections).',
  },
  {
    source: 'https://github.com/socketio/engine.io/issues/283',
    title: 'engine.io ends upgrade sockets without a response, nginx reports premature close',
    paste: 'upstream prematurely closed connection while reading response header from upstream',
    rootCause: 'upstream-premature-close',
    resolution:
      'On a failed verify of an upgrade request, engine.io closed the socket without any HTTP response, which nginx logs as a premature close; the merged fix sends a proper error response before closing.',
    fixes: ['fix-backend-response', 'upgrade-backend'],
    setup: { backend: 'node' },
    resolvedAt: 'https://github.com/socketio/engine.io/pull/458',
    note: 'Only the message was quoted. Users got the fix by upgrading engine.io/socket.io.',
    fixUnread:
      'The pasted line has no request, so nothing shows it was a WebSocket upgrade; the library bug is in the thread.',
  },
  {
    source: 'https://github.com/engintron/engintron/issues/1090',
    title: 'Engintron update enables IPv6 resolvers on a host without IPv6',
    paste: [
      '2019/07/17 18:40:51 [crit] 26580#26580: connect() failed (101: Network is unreachable) while resolving, resolver: [2001:4860:4860::8844]:53',
      '2019/07/17 18:44:06 [error] 26580#26580: *3407 www.****.com could not be resolved (2: Server failure), client: ::ffff:**.***.**.**, server: localhost, request: "GET / HTTP/1.1", host: "www.****.com"',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "After the v1.11 update nginx also used Google's IPv6 resolvers, which the server could not reach, so names failed to resolve; the maintainer had them comment out that resolver line and use the IPv4-only one, and the reporter replied that he was right.",
    fixes: ['resolver-ipv4-only'],
    setup: { backend: 'other', location: 'same-host' },
    note: "cPanel/WHM host with nginx (Engintron) in front of Apache. The stored copy cuts the reporter's reply after 'yes, you we'; a later Engintron issue (1198) says the same IPv4-only resolver change 'worked perfectly' for this issue. Judgement call on the confirmation.",
    fixUnread:
      'The name did not resolve; that the resolver answered over IPv6 the host cannot use is in the config, not the line.',
  },
  {
    source: 'https://github.com/hestiacp/hestiacp/issues/751',
    title: 'PHP-FPM 7.4 cannot start after a Hestia update: port 9000 already taken',
    paste: [
      '[27-Mar-2020 04:15:26] NOTICE: using inherited socket fd=7, "/run/php/php7.4-fpm.sock"',
      "[27-Mar-2020 04:15:26] ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)",
      '[27-Mar-2020 04:15:26] ERROR: FPM initialization failed',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'After the 1.1.1 update the PHP 7.4 FPM pool wanted 127.0.0.1:9000, which another PHP-FPM process already held, so FPM failed to start and sites broke; the reporter killed the process holding the port and switched the PHP version, which fixed it. A maintainer pointed to two pool files both using port 9000.',
    fixes: ['move-port-conflict'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'Lines trimmed from a longer PHP-FPM log (each was printed twice). Judgement call: killing the other holder of port 9000 counts as resolving the port conflict.',
  },
  {
    source: 'https://github.com/NginxProxyManager/nginx-proxy-manager/issues/4457',
    title: 'Cascaded Nginx Proxy Manager: no SNI sent to the second instance',
    paste:
      'SSL_do_handshake() failed (SSL: error:14094458:SSL routines:ssl3_read_bytes:tlsv1 unrecognized name:SSL alert number 112) while SSL handshaking to upstream',
    rootCause: 'upstream-ssl',
    resolution:
      "Proxying HTTPS from one NPM instance to another failed because nginx does not send the SNI name to the upstream by default, so the second instance rejected the handshake; the reporter fixed it by adding proxy_ssl_server_name on (with the right proxy_ssl_name) in the host's advanced config.",
    fixes: ['proxy-ssl-server-name'],
    setup: { runtime: 'docker', location: 'other-host' },
    note: 'The reporter posts the problem together with the solution that worked for them (issue titled "Solution: ..."); the message is the title.',
  },
  {
    source: 'https://github.com/hestiacp/hestiacp/issues/2431',
    title: 'nginx with hundreds of vhost logs runs out of file descriptors under systemd',
    paste:
      '`2022/02/21 15:04:38 [emerg] 51772#51772: open() "/var/log/apache2/domains/<redactedforprivacy>.error.log" failed (24: Too many open files)`',
    rootCause: 'resource-exhaustion',
    resolution:
      "On a Debian 10 HestiaCP host with 222 domains, nginx reloads failed (and Let's Encrypt issuance with them) because nginx ran out of open files; adding LimitNOFILE=65536 to the [Service] section of nginx.service made reloads work again, as the user who found it reported.",
    fixes: ['raise-nofile'],
    setup: { runtime: 'systemd', distro: 'debian', location: 'same-host' },
    note: "The issue quotes a forum user's finding and fix (with the forum link); the symptom was failed reloads and 400s on certificate requests rather than a 502. Kept as a file-descriptor incident.",
  },
  {
    source: 'https://github.com/ReinerNippes/nextcloud_on_docker/issues/89',
    title: 'nginx keeps proxying OnlyOffice to the container IP it resolved at start',
    paste:
      '`2021/02/03 20:00:22 [error] 27#27: *23170 connect() failed (111: Connection refused) while connecting to upstream, client: a.b.c.d, server: , request: "GET /ds-vpath/web-apps/apps/api/documents/api.js HTTP/1.1", upstream: "http://192.168.160.6:80/web-apps/apps/api/documents/api.js", host: "example.com"`',
    rootCause: 'upstream-refused',
    resolution:
      'After an update the OnlyOffice container came back on a new address while nginx still used the one it had resolved at start (192.168.160.6); restarting the nginx container made it resolve the name again and fixed it, as the reporter found. The issue stays open asking for a permanent way.',
    fixes: ['re-resolve-upstream'],
    setup: { runtime: 'docker', location: 'container' },
    note: "Resolution is the reporter's own mitigation (restart nginx), stated in the report; judgement call to count it.",
  },
  {
    source: 'https://github.com/NginxProxyManager/nginx-proxy-manager/issues/438',
    title: 'Blazor app behind Nginx Proxy Manager: response headers exceed the proxy buffer',
    paste: '`...upstream sent too big header while reading response header from upstream...`',
    rootCause: 'header-too-big',
    resolution:
      "POSTs to an ASP.NET Core Blazor app returned 502 because its response headers did not fit the default proxy buffer; the reporter fixed it by adding proxy_buffer_size 128k, proxy_buffers 4 256k and proxy_busy_buffers_size 256k in the host's Advanced config, and another user confirmed it fixed theirs too.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'other', runtime: 'docker', location: 'container' },
    note: "The backend is .NET (Kestrel). The paste is the reporter's excerpt, ellipses included.",
  },
  {
    source: 'https://github.com/evertramos/nginx-proxy-automation/issues/17',
    title: 'After a host reboot the generated nginx config points at old container IPs',
    paste: [
      '2017/11/19 18:56:26 [error] 7#7: *5 connect() failed (113: No route to host) while connecting to upstream, client: 192.168.1.1, server: www.sectiongo.com, request: "GET /favicon.ico HTTP/2.0", upstream: "https://172.18.0.6:443/favicon.ico", host: "www.sectiongo.com", referrer: "https://www.sectiongo.com/"',
      'www.sectiongo.com 192.168.1.1 - - [19/Nov/2017:18:56:26 +0000] "GET /favicon.ico HTTP/2.0" 502 575 "https://www.sectiongo.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/62.0.3202.94 Safari/537.36"',
    ].join('\n'),
    rootCause: 'upstream-unreachable',
    resolution:
      'After the reboot the WordPress container had a new address but the nginx config still held the old one; the reporter found the nginx-gen (docker-gen) container also had to be started, which regenerated the upstream addresses and fixed it.',
    fixes: ['re-resolve-upstream'],
    setup: { runtime: 'docker', location: 'container' },
    note: "Judgement call: starting docker-gen regenerates nginx's upstream list with the containers' current IPs, i.e. a re-resolution; the maintainer adds that restart: unless-stopped should normally bring it back (restart-policy).",
  },
  {
    source: 'https://github.com/Unitech/pm2/issues/2126',
    title: 'PM2 daemon keeps holding the app port after the process is removed',
    paste: '`uncaughtException: listen EADDRINUSE`',
    rootCause: 'backend-crash',
    resolution:
      'Restarting the clustered app failed with EADDRINUSE and the app stopped answering HTTP; netstat showed the PM2 daemon itself still held the port. Running pm2 update (which restarts the in-memory daemon) solved it, and the maintainer pointed to upgrading PM2 to v2 with pm2 update.',
    fixes: ['upgrade-backend'],
    setup: { backend: 'node', runtime: 'pm2', location: 'same-host' },
    note: 'Judgement call on the fix id: pm2 update replaces the running daemon (and upgrades it); the thread shows no front proxy.',
    fixUnread:
      'EADDRINUSE is usually two programs on one port (move one); that the PM2 daemon itself held it until upgraded only the thread tells.',
  },
  {
    source: 'https://github.com/strapi/strapi/issues/2696',
    title: 'Strapi under pm2 --watch restarts in a loop, Cloudflare shows 521',
    paste: [
      '0|strapi  | > staging.strapi.example.com@0.1.0 start /home/user/staging.strapi.example.com',
      '0|strapi  | > NODE_ENV=development node server.js',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'Started by PM2 with --watch, Strapi kept re-running its start script instead of serving, so the origin was down (Cloudflare 521); the reporter found Strapi breaks when pm2 watches it, and starting it without --watch made it boot fine.',
    fixes: ['fix-backend-config'],
    setup: { backend: 'node', runtime: 'pm2', front: 'cloudflare' },
    note: "The paste is the PM2 log lines the reporter says repeat endlessly. 521 is Cloudflare's 'origin down' page; the thread does not show the web server in between.",
    unread:
      "The paste is PM2 echoing the app's start script over and over: no line says it crashed or that requests failed.",
  },
  {
    source: 'https://github.com/koding/koding/pull/3868',
    title: 'Variable proxy_pass to GitHub Pages without a resolver',
    paste: 'no resolver defined to resolve koding.github.io',
    rootCause: 'dns-no-resolver',
    resolution:
      'The content-rotator location built its proxy_pass from variables, so nginx had to resolve koding.github.io at request time and had no resolver; the merged fix added resolver 8.8.8.8 in the location (plus the regexp and path fixes).',
    fixes: ['add-resolver'],
    setup: {},
    note: 'Only the message was quoted in the PR description.',
  },
  {
    source: 'https://github.com/benoitc/gunicorn/issues/1524',
    title: 'gunicorn unix socket vanishes on systemd restart with the documented units',
    paste:
      'Feb 23 18:14:25 vagrant gunicorn[22503]: [2018-02-23 18:14:25 +0000] [22503] [INFO] Listening at: unix:/run/gunicorn/gunicorn.sock (22503)',
    rootCause: 'socket-missing',
    resolution:
      "With the systemd units from the docs (socket inside the service's RuntimeDirectory), a restart recreated /run/gunicorn and the socket file disappeared although gunicorn logged that it was listening, so nginx reported no such file; several users confirmed that moving the socket out of that directory fixed it, and the merged documentation fix changed the units accordingly.",
    fixes: ['fix-socket-path'],
    setup: { backend: 'python', runtime: 'systemd', location: 'same-host' },
    resolvedAt: 'https://github.com/benoitc/gunicorn/pull/1895',
    note: "The paste is a commenter's journald line showing gunicorn claiming the socket while 'ls /run/gunicorn' shows only the pid file; the original report shows the same with shell commands. Judgement call: socket-missing is the nginx-side cause the thread describes.",
    unread:
      "The pasted line is gunicorn saying it listens on the socket; that the file is gone only the thread's `ls` shows.",
  },
  {
    source: 'https://github.com/pulibrary/princeton_ansible/pull/2614',
    title: 'Long-running mudd-dbs requests outlive the proxy read timeout',
    paste:
      'upstream timed out (110: Connection timed out) while reading response header from upstream',
    rootCause: 'upstream-read-timeout',
    resolution:
      'The merged PR raised the nginx proxy timeout for the mudd-dbs site to a very large value to stop the read time-outs on its slow requests.',
    fixes: ['raise-read-timeout'],
    setup: {},
    note: 'Only the message was quoted ("Should fix ..."). A different thread from the same repository is also in this file (PR 1111, TLS to backend).',
  },
  {
    source: 'https://github.com/IrosTheBeggar/mStream/issues/299',
    title: 'mStream will not start on the CentOS 7 packaged Node.js 6',
    paste: [
      '/home/airsonic/mStream/mstream.js:22',
      'exports.serveIt = async configFile => {',
      'SyntaxError: Unexpected identifier',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "The server died at start with a SyntaxError on async functions because CentOS 7's package manager had installed Node v6; the maintainer said v10 or newer is required, and the reporter confirmed upgrading Node sorted it.",
    fixes: ['upgrade-backend'],
    setup: { backend: 'node', distro: 'rhel', location: 'same-host' },
    note: 'The first lines of the reported stack trace (the caret line under the code, which the reporter said was misplaced, is left out). No reverse proxy appears in the thread; kept as a backend-never-starts incident.',
    fixUnread:
      "The app's start failure names no version; that the distribution's Node.js was too old only the thread tells.",
  },
  {
    source: 'https://github.com/babybuddy/babybuddy/issues/227',
    title: 'gunicorn sync workers time out under Docker 20.x (heartbeat file in /tmp)',
    paste: [
      '[1] [CRITICAL] WORKER TIMEOUT (pid:13)',
      '[13] [INFO] Worker exiting (pid: 13)',
      '[14] [INFO] Booting worker with pid: 14',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "Refreshing a page a few times made gunicorn hang for 30 s and kill its worker, only on Docker 20.x; following 'Configuring Gunicorn for Docker' (heartbeat file on a memory filesystem rather than /tmp, per the reporter's research) fixed it, the change was merged into the compose examples and the reporter confirmed the fix.",
    fixes: ['fix-backend-config'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    resolvedAt: 'https://github.com/linuxserver/docker-babybuddy/pull/2',
    note: "The confirmation is stated in the linked linuxserver PR, which ports the merged fix (babybuddy PR 228). Judgement call on the fix id: gunicorn's own configuration (worker tmp dir), not a timeout or worker-count change.",
    fixUnread:
      'A worker time-out is most often a slow request (raise the time-out); a heartbeat file on a slow /tmp is a rare config fix that only the thread shows.',
  },
  {
    source: 'https://github.com/tiangolo/uvicorn-gunicorn-starlette-docker/issues/11',
    title: 'Large model load at start outlives the gunicorn worker timeout in the image',
    paste: [
      '[2019-12-12 21:51:10 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:999)',
      '[2019-12-12 21:51:10 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:1000)',
      '[2019-12-12 21:51:10 +0000] [1066] [INFO] Booting worker with pid: 1066',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "Loading a large machine-learning model when the app started took longer than gunicorn's worker timeout, so the workers were killed and rebooted in a loop in Docker (plain uvicorn worked); the maintainer added a TIMEOUT setting to the image so the gunicorn timeout can be raised.",
    fixes: ['raise-read-timeout'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    note: "Lines trimmed from the paste (six timeouts then six boots). raise-read-timeout covers the backend's own worker timeout. The resolution is the maintainer's change; the reporter did not reply.",
  },
  {
    source: 'https://github.com/phusion/passenger/issues/1939',
    title: 'Passenger core socket under /tmp refuses nginx until nginx is restarted',
    paste:
      '[error] 1245#0: *6358 connect() to unix:/tmp/passenger.KMnpQom/agents.s/server failed (111: Connection refused) while connecting to upstream, client: x.x.x.x , server: x.x.x.x , request: "GET / HTTP/1.1", upstream: "passenger:unix:/tmp/passenger.KMnpQom/agents.s/server:", host: "x.x.com"',
    rootCause: 'upstream-refused',
    resolution:
      "Restarting nginx (which restarts the Passenger core) brought the site back, as the reporter says; the maintainer explained the usual cause, a /tmp cleaner removing Passenger's instance directory, and pointed to passenger_instance_registry_dir to move it elsewhere (or to a second, conflicting nginx install).",
    fixes: ['start-backend', 'fix-socket-path'],
    setup: { backend: 'other', location: 'same-host' },
    note: "Ruby app under Phusion Passenger 5.0.10 with nginx 1.8. The restart is the fix that visibly worked; moving the instance directory is the maintainer's prevention advice. Judgement call on both ids.",
  },
  {
    source: 'https://github.com/zammad/zammad/issues/440',
    title: 'Zammad Debian package: nothing listens on 3000 after install',
    paste: [
      '2016/11/18 00:13:17 [error] 14770#0: *14 connect() failed (111: Connection refused) while connecting to upstream, client: [IP], server: [FQDN], request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "[FQDN]"',
      '2016/11/18 00:13:17 [error] 14770#0: *14 connect() failed (111: Connection refused) while connecting to upstream, client: [IP], server: [FQDN], request: "GET / HTTP/1.1", upstream: "http://[::1]:3000/", host: "[FQDN]"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'On a clean Debian 8 install the packaged Zammad rails server was not listening on port 3000, so nginx was refused on both 127.0.0.1 and ::1; a maintainer asked the reporter to try the current development-branch package, and the reporter confirmed it works fine (a packaging problem fixed there).',
    fixes: ['upgrade-backend'],
    setup: { backend: 'other', distro: 'debian', location: 'same-host' },
    note: 'Zammad is a Ruby on Rails app (puma) behind the packaged nginx config; the paste is quoted as posted, the two lines were run together in one code span.',
    fixUnread:
      'Nothing listening after an install reads as a stopped backend; that the package was broken and fixed in a later release only the thread tells.',
  },
]
