import type { CauseId } from '../causes.ts'

/** A log line someone posted in public, with where it was posted and what it is evidence of. */
export interface PublicCase {
  /** Address of the thread or page the line was copied from. */
  source: string
  /** The line exactly as posted (keep prefixes like journald/docker/kubectl if present; keep the full line). */
  line: string
  /** The expected cause id per cause-ids.md, or null for look-alikes / unrelated lines. */
  cause: CauseId | null
}

/**
 * Real log lines copied from public GitHub issue threads (and one public page), grouped by cause
 * in the order of `cause-ids.md`; the look-alikes that must not count as a cause come last.
 * Lines are kept exactly as posted, redactions (`xxx`, `REDACTED`, `<hostname>`) and prefixes
 * (docker compose, docker timestamps, s6, goreman, journald) included.
 */
export const PUBLIC_CASES: readonly PublicCase[] = [
  // upstream-refused
  {
    source: 'https://github.com/getsentry/self-hosted/issues/477',
    line: '2020/05/07 03:15:12 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.21.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.21.0.19:9000/", host: "0.0.0.0:9000"',
    cause: 'upstream-refused',
  },
  {
    source: 'https://github.com/blakeblackshear/frigate/issues/9671',
    line: '2024-02-05 12:43:42.368690963  2024/02/05 13:43:42 [error] 146#146: *741 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: , request: "GET /api/version HTTP/1.1", upstream: "http://127.0.0.1:5001version", host: "127.0.0.1:5000"',
    cause: 'upstream-refused',
  },
  {
    source: 'https://github.com/openresty/lua-nginx-module/issues/1298',
    line: '[error] 10192#0: *1 connect() failed (111: Connection refused) while connecting to upstream',
    cause: 'upstream-refused',
  },
  {
    source: 'https://github.com/linkedpipes/applications/issues/46',
    line: 'lpa_reverse_proxy | 2018/10/16 05:58:20 [error] 8#8: *2 connect() failed (111: Connection refused) while connecting to upstream, client: 172.21.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.21.0.3:9001/", host: "localhost:9001"',
    cause: 'upstream-refused',
  },
  // upstream-refused-ipv6
  {
    source: 'https://github.com/graphite-project/docker-graphite-statsd/issues/87',
    line: '2019/02/08 15:00:39 [error] 45#45: *62 connect() failed (111: Connection refused) while connecting to upstream, client: 10.154.yy.xx, server: , request: "POST /render HTTP/1.1", upstream: "http://[::1]:8080/render", host: "xxx.yy.zz"',
    cause: 'upstream-refused-ipv6',
  },
  {
    source: 'https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/1890',
    line: '23:55:50              nginx | 2019/01/14 23:55:50 [crit] 88#88: *1 connect() to [::1]:8080 failed (99: Address not available) while connecting to upstream, client: 172.17.0.1, server: , request: "GET /sign-in?returnTo=%2F HTTP/1.1", upstream: "http://[::1]:8080/sign-in?returnTo=%2F", host: "localhost:7080"',
    cause: 'upstream-refused-ipv6',
  },
  // upstream-unreachable
  {
    source: 'https://github.com/engintron/engintron/issues/1199',
    line: '2020/06/01 08:53:59 [error] 32197#32197: *6552 connect() to [2606:4700:3030::681c:31a]:8080 failed (101: Network is unreachable) while connecting to upstream, client: 96.75.63.10, server: localhost, request: "GET /wp/wp-content/uploads/2015/03/itunes_image.jpg HTTP/1.1", upstream: "http://[2606:4700:3030::681c:31a]:8080/wp/wp-content/uploads/2015/03/itunes_image.jpg", host: "www.yuppiejunk.com"',
    cause: 'upstream-unreachable',
  },
  {
    source: 'https://github.com/atillay/docker-lemp/issues/3',
    line: '2020/03/10 11:25:15 [error] 6#6: *1 connect() failed (113: No route to host) while connecting to upstream, client: 172.25.0.1, server: mywebsite.com, request: "GET / HTTP/1.0", upstream: "fastcgi://172.25.0.2:9000", host: "127.0.0.1:8280"',
    cause: 'upstream-unreachable',
  },
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/8079',
    line: '2021/12/28 06:17:41 [error] 3256#3256: *411627 connect() failed (113: Host is unreachable) while connecting to upstream, client: 10.*.*.207, server: _, request: "GET /demo HTTP/1.1", upstream: "http://10.42.0.16:80/demo", host: "10.*.*.207"',
    cause: 'upstream-unreachable',
  },
  // upstream-connect-timeout
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/9443',
    line: '2023/03/08 16:02:45 [error] 31#31: *569 upstream timed out (110: Operation timed out) while connecting to upstream, client: 108.162.227.25, server: dev-aws.example.com, request: "GET / HTTP/1.1", upstream: "http://192.168.215.1:80/", host: "dev-aws.example.com"',
    cause: 'upstream-connect-timeout',
  },
  {
    source: 'https://github.com/captain686/proxy_pool-with-openresty/issues/4',
    line: '2024/11/11 12:03:02 [error] 57232#57232: *459112 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.18.131.12, server: 0.0.0.0:9976, upstream: "123.77.2", bytes from/to client:0/0, bytes from/to upstream:0/0',
    // stream{} (TCP) proxy: the same failure as in HTTP, but its client sees the connection
    // closed, not a 504, so the line carries no status.
    cause: 'upstream-connect-timeout',
  },
  {
    source: 'https://bobcares.com/blog/nginx-upstream-error/',
    line: '2018/11/01 18:15:02 [error] 1713#0: *1 upstream timed out (110: Connection timed out) while connecting to upstream, client:, server: , request: "GET / HTTP/1.1", upstream: "http://xx.xx.xx.xx:8082/", host: "xx.xx.xx.xx"',
    cause: 'upstream-connect-timeout',
  },
  // upstream-read-timeout
  {
    source: 'https://github.com/danbooru/danbooru/issues/2091',
    line: '2014/01/13 03:02:21 [error] 25698#0: *8 upstream timed out (110: Connection timed out) while reading response header from upstream, client: xx.xxx.xx.xxx, server: youmubooru, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:9000/", host: "xxxx.xxx"',
    cause: 'upstream-read-timeout',
  },
  {
    source: 'https://github.com/fossar/selfoss/issues/1427',
    line: '[error] 1046#1046: *2094 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.168.17.1, server: localhost, request: "GET /update HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "192.168.17.128"',
    cause: 'upstream-read-timeout',
  },
  {
    source: 'https://github.com/freescout-help-desk/freescout/issues/3958',
    line: '2024/04/12 11:17:30 [error] 455#455: *80806 upstream timed out (110: Unknown error) while reading response header from upstream, client: 192.100.4.59, server: inbox.xxxx.com, request: "GET /search?q=tlee%40test.com HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.1-fpm.sock", host: "inbox.xxxx.com", referrer: "https://inbox.xxxx.com/"',
    cause: 'upstream-read-timeout',
  },
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/1836',
    line: '2017/12/20 01:40:42 [error] 26#26: *23 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 9.197.117.193, server: zhiwei.nginx.icp, request: "GET /bbbbbbbbbbbbbbbbbbbbbbbbbbbbbrowser HTTP/1.1", upstream: "http://10.1.228.196:80/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbrowser", host: "zhiwei.nginx.icp"',
    cause: 'upstream-read-timeout',
  },
  // upstream-premature-close
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/12285',
    line: '2024/11/03 06:09:29 [error] 184#184: *94 upstream prematurely closed connection while reading response header from upstream, client: 192.168.58.11, server: opensearch-dashboard.hi.local, request: "GET / HTTP/1.1", upstream: "http://10.244.3.84:5601/", host: "opensearch-dashboard.hi.local"',
    cause: 'upstream-premature-close',
  },
  {
    source: 'https://github.com/TheScienceMuseum/collectionsonline/issues/1039',
    line: '2017/09/27 02:33:25 [error] 3504#0: *8666 upstream prematurely closed connection while reading response header from upstream, client: 192.168.16.58, server: , request: "GET /people/cp149087/a-p-besson-and-partner-limited HTTP/1.1", upstream: "http://127.0.0.1:8081/people/cp149087/a-p-besson-and-partner-limited", host: "collection.sciencemuseum.org.uk"',
    cause: 'upstream-premature-close',
  },
  {
    source: 'https://github.com/adi90x/rancher-active-proxy/issues/6',
    line: '2017/01/21 09:24:56 [error] 1111#1111: *380 upstream prematurely closed connection while reading response header from upstream, client: 92.204.120.84, server: test.myservice.com, request: "GET /ws/?EIO=3&transport=websocket&sid=wWcj59i1CJFRcbGJAAAp HTTP/1.1", upstream: "http://10.42.239.185:8080/ws/?EIO=3&transport=websocket&sid=wWcj59i1CJFRcbGJAAAp", host: "test.myservice.com"',
    cause: 'upstream-premature-close',
  },
  {
    source: 'https://github.com/opentracing-contrib/nginx-opentracing/issues/590',
    line: '2024/03/06 18:42:16 [error] 175183#175183: *2502663847 upstream prematurely closed connection while reading upstream, client: CLIENT_IP, server: HOST_NAME, request: "GET ENDPOINT HTTP/1.1", upstream: "https://UPSTREAM_HOST:443/ENDPOINT", host: "HOST_NAME"',
    cause: 'upstream-premature-close',
  },
  // upstream-reset
  {
    source: 'https://github.com/alibaba/tengine/issues/1484',
    line: '2020/08/27 17:12:58 [error] 14965#0: *20033661 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: xx.xx.xx.xx, server: localhost, request: "POST /upload/log?xxxx  HTTP/1.1", upstream: "http://[xxxx:xxxx:xxxx:xxxx::xxxx]:80/upload/log?xxxx", host: "xxxx"',
    cause: 'upstream-reset',
  },
  {
    source: 'https://github.com/ddev/ddev/issues/2559',
    line: '2020/10/16 17:03:39 [error] 1025#1025: *137 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 172.18.0.6, server: _, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php-fpm.sock:", host: "my-project.ddev.site"',
    cause: 'upstream-reset',
  },
  {
    source: 'https://github.com/socketio/socket.io/issues/5370',
    line: '*13983419 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: <internal-ip>, server: , request: "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1", upstream: "http://127.0.0.1:8080/socket.io/?EIO=4&transport=websocket", host: "<hostname>"',
    cause: 'upstream-reset',
  },
  {
    source: 'https://github.com/ethanal/Nimbus/issues/18',
    line: '2014/11/01 10:22:53 [error] 18294#0: *256 readv() failed (104: Connection reset by peer) while reading upstream, client: 37.120.86.54, server: ntn.io, request: "POST /media/add_file HTTP/1.1", upstream: "http://127.0.0.1:8080/media/add_file", host: "api.ntn.io"',
    cause: 'upstream-reset',
  },
  // upstream-broken-pipe
  {
    source: 'https://github.com/apache/apisix/issues/7892',
    line: '2022/09/08 10:29:07 [error] 58#58: *73334436 writev() failed (32: Broken pipe) while sending request to upstream, client: 10.23.4.251, server: _, request: "POST /storage/v2/upload_file HTTP/1.1", upstream: "http://100.81.255.198:8000/storage/v2/upload_file", host: "10.23.4.251:31684"',
    cause: 'upstream-broken-pipe',
  },
  {
    source: 'https://github.com/ethanal/Nimbus/issues/18',
    line: '2014/11/01 10:15:44 [error] 18294#0: *254 sendfile() failed (32: Broken pipe) while sending request to upstream, client: 37.120.86.54, server: ntn.io, request: "POST /media/add_file HTTP/1.1", upstream: "http://127.0.0.1:8080/media/add_file", host: "api.ntn.io"',
    cause: 'upstream-broken-pipe',
  },
  // header-too-big
  {
    source: 'https://github.com/bueltge/debug-objects/issues/54',
    line: '2019/09/30 13:09:05 [error] 62789#0: *19 upstream sent too big header while reading response header from upstream, client: 127.0.0.1, server: website.test, request: "GET /product/torun-bangle-2/?debug HTTP/2.0", upstream: "fastcgi://unix:/Users/constantsolutions/.config/valet/valet.sock:", host: "website.test", referrer: "https://website.test/product/torun-bangle-2/"',
    cause: 'header-too-big',
  },
  {
    source: 'https://github.com/parautenbach/TeamCity-HipChat-Notifier/issues/26',
    line: '2014/07/25 15:20:48 [error] 772#0: *9618170 upstream sent too big header while reading response header from upstream, client: REDACTED, server: REDACTED, request: "GET /admin/admin.html?item=hipChat&init=1 HTTP/1.1", upstream: "http://127.0.0.1:8080/admin/admin.html?item=hipChat&init=1", host: "REDACTED", referrer: "https://REDACTED/admin/admin.html?item=serverConfigGeneral"',
    cause: 'header-too-big',
  },
  // invalid-response
  {
    source: 'https://github.com/apache/apisix/issues/8934',
    line: '[error] 139#139: *1067452 upstream sent invalid header: "\\x20..." while reading response header from upstream, client: 10.86.111.222, server: _, request: "POST /abc HTTP/1.1", upstream: "http://10.18.93.225:8080/abc", host: "a.b.sit"',
    cause: 'invalid-response',
  },
  {
    source: 'https://github.com/rancher/rancher/issues/14603',
    line: '2018/07/18 15:55:35 [error] 27996#27996: *38088 upstream sent no valid HTTP/1.0 header while reading response header from upstream, client: 172.17.100.1, server: docker.redacted.com, request: "GET /v3/connect HTTP/1.1", upstream: "http://172.17.200.74:80/v3/connect", host: "docker.redacted.com"',
    cause: 'invalid-response',
  },
  {
    source: 'https://github.com/multiOTP/multiotp/issues/229',
    line: '2025/05/28 00:30:27 [error] 9176#6936: *78 upstream sent unsupported FastCGI protocol version: 72 while reading response header from upstream, client: 127.0.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "127.0.0.1:8112", referrer: "http://127.0.0.1:8112/"',
    cause: 'invalid-response',
  },
  // no-live-upstreams
  {
    source: 'https://github.com/rokerkony/dockerize-vps/issues/3',
    line: '2019/09/26 01:32:42 [error] 56#56: *63 no live upstreams while connecting to upstream, client: 113.185.40.45, server: mywilldomain.tk, request: "GET /favicon.ico HTTP/1.1", upstream: "http://mywilldomain.tk/favicon.ico", host: "mywilldomain.tk", referrer: "http://mywilldomain.tk/wp-admin/setup-config.php"',
    cause: 'no-live-upstreams',
  },
  {
    source: 'https://github.com/superseriousbusiness/gotosocial/issues/1263',
    line: '2022/12/14 13:16:29 [error] 1829#1829: *451 no live upstreams while connecting to upstream, client: REDACTED, server: goblin.technology, request: "GET /api/v1/streaming?stream=user&access_token=REDACTED HTTP/1.1", upstream: "http://localhost/api/v1/streaming?stream=user&access_token=REDACTED", host: "goblin.technology"',
    cause: 'no-live-upstreams',
  },
  {
    source: 'https://github.com/openresty/lua-nginx-module/issues/1298',
    line: '[error] 10192#0: *1 no live upstreams while connecting to upstream',
    cause: 'no-live-upstreams',
  },
  // socket-missing
  {
    source: 'https://github.com/whatwedo/docker-base-images/issues/38',
    line: '2020/02/20 16:45:08 [crit] 551#551: *1 connect() to unix:/var/run/php-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 172.17.0.1, server: , request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "localhost:5000"',
    cause: 'socket-missing',
  },
  {
    source: 'https://github.com/servisys/ispconfig_setup/issues/129',
    line: '2016/10/02 17:18:07 [crit] 28302#28302: *5 connect() to unix:/var/lib/php7.0-fpm/ispconfig.sock failed (2: No such file or directory) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/lib/php7.0-fpm/ispconfig.sock:", host: "example.com:8080"',
    cause: 'socket-missing',
  },
  {
    source: 'https://github.com/benoitc/gunicorn/issues/1452',
    line: '2017/02/02 09:50:42 [crit] 11486#11486: *1 connect() to unix:/home/ubuntu/webapps/kenyabuzz/kb.sock failed (2: No such file or directory) while connecting to upstream, client: 197.232.12.165, server: kenyabuzz.nation.news, request: "GET / HTTP/1.1", upstream: "http://unix:/home/ubuntu/webapps/kenyabuzz/kb.sock:/", host: "kenyabuzz.nation.news"',
    cause: 'socket-missing',
  },
  // permission-denied
  {
    source: 'https://github.com/kevana/ui-for-docker/issues/147',
    line: '2015/10/16 16:51:22 [crit] 10#10: *6 connect() to unix:/var/run/docker.sock failed (13: Permission denied) while connecting to upstream, client: Y.Y.Y.Y, server: X.X.X.X, request: "GET / HTTP/1.1", upstream: "http://unix:/var/run/docker.sock:/", host: "X.X.X.X"',
    cause: 'permission-denied',
  },
  {
    source: 'https://github.com/dylanjcastillo/fastapi-nginx-gunicorn/issues/3',
    line: '2023/04/13 01:20:45 [crit] 205205#205205: *23 connect() to unix:/home/ali/fastapi-nginx-gunicorn/run/gunicorn.sock failed (13: Permission denied) while connecting to upstream, client: 83.39.62.209, server: chat.iuth.edu.kz, request: "GET /favicon.ico HTTP/1.1", upstream: "http://unix:/home/ali/fastapi-nginx-gunicorn/run/gunicorn.sock:/favicon.ico", host: "chat.iuth.edu.kz:8181", referrer: "http://chat.iuth.edu.kz:8181/"',
    cause: 'permission-denied',
  },
  {
    source: 'https://github.com/retspen/webvirtmgr/issues/639',
    line: '2017/04/11 21:55:54 [crit] 1111#0: *9 connect() to 127.0.0.1:8000 failed (13: Permission denied) while connecting to upstream, client: 127.0.0.1, server: localhost.localdomain, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8000/", host: "127.0.0.1"',
    cause: 'permission-denied',
  },
  // dns-no-resolver
  {
    source: 'https://github.com/bitnami/bitnami-docker-nginx/issues/151',
    line: '2020/12/30 11:13:35 [error] 71#71: *3 no resolver defined to resolve xxx.xxx.aliyuncs.com, client: 10.42.5.0, server: nginx.fs.imagedz.com, request: "GET /sit-imagedt-shelf/01/01003fe8a1b79421798b52eb92e4a392.jpg HTTP/1.1", host: "xxx.xxx.xxx.com"',
    cause: 'dns-no-resolver',
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/703',
    line: 'nginx.1    | 2017/02/01 11:02:08 [error] 19#19: *1 no resolver defined to resolve customer.local.site.com, client: 172.18.0.1, server: local.site.com, request: "GET /customer/ HTTP/1.1", host: "local.site.com"',
    cause: 'dns-no-resolver',
  },
  // dns-resolve-failed
  {
    source: 'https://github.com/NoFxAiOS/nofx/pull/82',
    line: 'nofx-frontend  | 2025/10/30 15:57:00 [emerg] 1#1: host not found in upstream "nofx" in /etc/nginx/conf.d/default.conf:31',
    cause: 'dns-resolve-failed',
  },
  {
    source: 'https://github.com/bunkerity/bunkerweb/issues/39',
    line: '2020/11/28 18:57:38 [error] 987273#987273: *221 decidim could not be resolved (3: Host not found), client: 95.232.164.161, server: lombardia.amicidiazione.it, request: "GET / HTTP/2.0", host: "staging.amicidiazione.it"',
    cause: 'dns-resolve-failed',
  },
  {
    source: 'https://github.com/NginxProxyManager/nginx-proxy-manager/issues/259',
    line: '2019/12/15 19:47:17 [error] 998#998: *368 host.docker.internal could not be resolved (3: Host not found), client: 192.168.16.1, server: xxx.local.test, request: "GET / HTTP/2.0", host: "xxx.local.test", referrer: "http://localhost:81/nginx/proxy"',
    cause: 'dns-resolve-failed',
  },
  {
    source: 'https://github.com/docker/compose/issues/5877',
    line: 'recv() failed (111: Connection refused) while resolving, resolver: 127.0.0.11:53',
    cause: 'dns-resolve-failed',
  },
  // upstream-ssl
  {
    source: 'https://github.com/engintron/engintron/issues/1333',
    line: '2021/06/18 14:49:16 [error] 1379645#1379645: *73 peer closed connection in SSL handshake (104: Connection reset by peer) while SSL handshaking to upstream, client: ::ffff:62.210.78.76, server: localhost, request: "GET /sex-hookups-near-me/ HTTP/1.1", upstream: "https://85.10.200.69:8443/sex-hookups-near-me/", host: "agsksa.com"',
    cause: 'upstream-ssl',
  },
  {
    source: 'https://github.com/apache/apisix/issues/8644',
    line: '2023/01/10 03:19:11 [error] 47#47: *151276 SSL_do_handshake() failed (SSL: error:14094438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:SSL alert number 80) while SSL handshaking to upstream, client: xxx, server: _, request: "HEAD / HTTP/2.0", upstream: "https://xxx/", host: "xxx"',
    cause: 'upstream-ssl',
  },
  {
    source: 'https://github.com/mirainc/funes/issues/32',
    line: 'upstream SSL certificate verify error: (20:unable to get local issuer certificate) while SSL handshaking to upstream',
    cause: 'upstream-ssl',
  },
  // fastcgi-stderr
  {
    source: 'https://github.com/meolu/walle-web/issues/8',
    line: '2015/10/13 23:54:44 [error] 18064#0: *201 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 127.0.0.1, server: 127.0.0.1, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "127.0.0.1"',
    cause: 'fastcgi-stderr',
  },
  {
    source: 'https://github.com/atillay/docker-lemp/issues/3',
    line: '2020-04-26T04:21:34.717765840Z 2020/04/26 04:21:34 [error] 6#6: *2 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 192.168.88.3, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://172.19.0.6:9000", host: "****.****.****:8080"',
    cause: 'fastcgi-stderr',
  },
  {
    source: 'https://github.com/diameter/rtorrent-rutorrent/issues/16',
    line: '2016/01/30 08:10:31 [error] 28#0: *2 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 32 bytes) in /var/www/rutorrent/php/xmlrpc.php on line 200" while reading response header from upstream, client: [REDACTED], server: localhost, request: "POST /plugins/httprpc/action.php HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "[REDACTED]", referrer: "[REDACTED]"',
    cause: 'fastcgi-stderr',
  },
  // resource-exhaustion
  {
    source: 'https://github.com/richarvey/nginx-php-fpm/issues/143',
    line: '2017-05-10T06:50:00.434167704Z 2017/05/10 06:50:00 [error] 23#23: *423240 connect() to unix:/var/run/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 172.18.0.1, server: *.*.org, request: "GET /-xxx-selecti HTTP/1.0", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "xxx.org"',
    cause: 'resource-exhaustion',
  },
  {
    source: 'https://github.com/medic/cht-core/issues/2076',
    line: '2016/03/14 00:35:26 [alert] 25909#0: *164106 1024 worker_connections are not enough while connecting to upstream, client: 41.210.155.91, server: _, request: "GET /medic/ HTTP/1.1", upstream: "http://127.0.0.1:280/medic/", host: "lg.app.medicmobile.org", referrer: "https://lg.app.medicmobile.org/medic/_design/medic/_rewrite/"',
    cause: 'resource-exhaustion',
  },
  {
    source: 'https://github.com/blekhmanlab/rxivist/issues/210',
    line: 'nginx.1    | 2018/10/19 16:05:32 [alert] 42#42: *2602 socket() failed (24: Too many open files) while connecting to upstream, client: 54.87.141.190, server: origin.rxivist.org, request: "GET / HTTP/1.1", upstream: "http://172.19.0.5:80/", host: "origin.rxivist.org"',
    cause: 'resource-exhaustion',
  },
  {
    source: 'https://github.com/engintron/engintron/issues/938',
    line: '2018/09/29 23:34:57 [crit] 4793#4793: *210641 connect() to Xx.XX.XX.XXX:80 failed (99: Cannot assign requested address) while connecting to upstream, client: Xx.XX.XX.XXX, server: localhost, request: "GET /?sitemap84.xml HTTP/1.1", upstream: "http://Xx.XX.XX.XXX:80/?sitemap84.xml", host: "domain.com"',
    cause: 'resource-exhaustion',
  },
  // php-fpm-max-children
  {
    source: 'https://github.com/geokrety/geokrety-website/issues/855',
    line: '[15-Sep-2023 11:20:19] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    cause: 'php-fpm-max-children',
  },
  {
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    line: '[13-Jan-2020 02:36:45] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    cause: 'php-fpm-max-children',
  },
  {
    source: 'https://github.com/oerdnj/deb.sury.org/issues/1660',
    line: '[26-Sep-2021 05:05:58] WARNING: [pool ***removed***.com] server reached max_children setting (8), consider raising it',
    cause: 'php-fpm-max-children',
  },
  // oom-kill
  {
    source: 'https://github.com/docker/for-linux/issues/1001',
    line: 'May 15 23:09:30 ubuntu-s-1vcpu-2gb-ams3-01 kernel: [  518.050606] Out of memory: Killed process 15784 (python3) total-vm:11964kB, anon-rss:4288kB, file-rss:3028kB, shmem-rss:0kB',
    cause: 'oom-kill',
  },
  {
    source: 'https://github.com/gitcoinco/grants-stack-indexer/issues/130',
    line: 'Out of memory: Killed process 362 (node) total-vm:22457500kB, anon-rss:691864kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:19376kB oom_score_adj:0',
    cause: 'oom-kill',
  },
  {
    source: 'https://github.com/genular/pandora/issues/49',
    line: 'May 07 21:43:54 doom kernel: Out of memory: Kill process 27438 (R) score 31 or sacrifice child',
    cause: 'oom-kill',
  },
  {
    source: 'https://github.com/nanocurrency/nano-node/issues/4451',
    line: '[47082.653915] nginx invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0',
    cause: 'oom-kill',
  },
  // selinux-denied
  {
    source: 'https://github.com/retspen/webvirtcloud/issues/60',
    line: 'type=AVC msg=audit(1446028612.391:2138): avc:  denied  { name_connect } for  pid=3355 comm="nginx" dest=8000 scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:soundd_port_t:s0 tclass=tcp_socket',
    cause: 'selinux-denied',
  },
  {
    source: 'https://github.com/retspen/webvirtmgr/issues/639',
    line: 'type=AVC msg=audit(1491961946.603:287): avc:  denied  { name_connect } for  pid=1111 comm="nginx" dest=8000 scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:soundd_port_t:s0 tclass=tcp_socket',
    cause: 'selinux-denied',
  },
  {
    source: 'https://github.com/fedora-selinux/selinux-policy/pull/3085',
    line: 'type=AVC msg=audit(1771851421.922:190): avc:  denied  { connectto } for  pid=938 comm="nginx" path="/run/fcgiwrap/fcgiwrap-nginx.sock" scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:system_r:unconfined_service_t:s0 tclass=unix_stream_socket permissive=0',
    cause: 'selinux-denied',
  },
  // backend-crash
  {
    source: 'https://github.com/benoitc/gunicorn/issues/3296',
    line: '[2024-09-16 11:16:08 -0400] [780833] [CRITICAL] WORKER TIMEOUT (pid:780834)',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/benoitc/gunicorn/issues/3207',
    line: 'app-1  | [2024-07-30 22:16:06 +0000] [9] [CRITICAL] WORKER TIMEOUT (pid:15)',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/ddev/ddev/issues/2559',
    line: '[16-Oct-2020 17:03:39] WARNING: [pool www] child 1152 exited on signal 9 (SIGKILL) after 2154.228060 seconds from start',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/unbit/uwsgi/issues/480',
    line: 'Dec 15 19:11:01 servername app: *** HARAKIRI ON WORKER 10 (pid: 97702, try: 1) ***',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/unbit/uwsgi/issues/2606',
    line: '2024-03-26 14:03:21.874\tTue Mar 26 14:03:21 2024 - *** HARAKIRI ON WORKER 2 (pid: 289, try: 1, graceful: yes) ***',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/Unitech/pm2/issues/5897',
    line: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    cause: 'backend-crash',
  },
  {
    source: 'https://github.com/kizniche/Mycodo/issues/794',
    line: 'jul 21 20:01:01 raspberrypi systemd[1]: mycodoflask.service: Main process exited, code=exited, status=203/EXEC',
    cause: 'backend-crash',
  },
  // access-log-502
  {
    source: 'https://github.com/getsentry/self-hosted/issues/477',
    line: '172.21.0.1 - - [07/May/2020:03:15:12 +0000] "GET / HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:60.0) Gecko/20100101 Firefox/60.0"',
    cause: 'access-log-502',
  },
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/9443',
    line: '108.162.227.25 - - [08/Mar/2023:16:02:45 +0000] "GET / HTTP/1.1" 504 562 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36" 1100 14.998 [pc-dev-example-web-service-80] [] 192.168.215.1:80, 192.168.215.1:80, 192.168.215.1:80 0, 0, 0 5.000, 5.000, 5.000 504, 504, 504 a7c98d98ac870f64981a997cd2f373a1',
    cause: 'access-log-502',
  },
  {
    source: 'https://github.com/bunkerity/bunkerweb/issues/39',
    line: '95.232.164.161 - - [28/Nov/2020:18:57:38 +0000] "GET / HTTP/2.0" 502 150 "-" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:83.0) Gecko/20100101 Firefox/83.0"',
    cause: 'access-log-502',
  },
  {
    source: 'https://github.com/linkedpipes/applications/issues/46',
    line: 'lpa_reverse_proxy | 172.21.0.1 - - [16/Oct/2018:05:58:20 +0000] "GET / HTTP/1.1" 502 575 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Safari/537.36"',
    cause: 'access-log-502',
  },
  // Not evidence: look-alikes and unrelated lines
  {
    source: 'https://github.com/TheScienceMuseum/collectionsonline/issues/1039',
    line: '2017/09/26 23:15:37 [warn] 3496#0: duplicate MIME type "text/html" in /etc/nginx/conf.d/00_elastic_beanstalk_proxy.conf:42',
    cause: null,
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/413',
    line: 'nginx.1    | localhost 192.168.33.100 - - [08/Apr/2016:03:57:21 +0000] "GET / HTTP/1.1" 503 615 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.110 Safari/537.36"',
    cause: null,
  },
  {
    source: 'https://github.com/VirtuBox/ubuntu-nginx-web-server/issues/11',
    line: '2018/06/24 22:41:22 [crit] 61481#61481: *1228609 SSL_do_handshake() failed (SSL: error:14209102:SSL routines:tls_early_post_process_client_hello:unsupported protocol) while SSL handshaking, client: 54.208.42.136, server: 0.0.0.0:443',
    cause: null,
  },
  {
    source: 'https://github.com/aschmelyun/docker-compose-laravel/issues/17',
    line: '172.19.0.1 - - [01/Apr/2020:05:17:07 +0000] "GET / HTTP/1.1" 404 27 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.149 Safari/537.36"',
    cause: null,
  },
  {
    source: 'https://github.com/aschmelyun/docker-compose-laravel/issues/17',
    line: '172.19.0.1 - - [01/Apr/2020:05:17:07 +0000] "GET /favicon.ico HTTP/1.1" 200 0 "http://localhost:7080/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.149 Safari/537.36"',
    cause: null,
  },
  {
    source: 'https://github.com/veerendra2/raspberrypi-homeserver/issues/44',
    line: '/docker-entrypoint.sh: Configuration complete; ready for start up',
    cause: null,
  },
  {
    source: 'https://github.com/blekhmanlab/rxivist/issues/210',
    line: 'nginx.1    | origin.rxivist.org 54.87.141.190 - - [19/Oct/2018:16:05:32 +0000] "GET / HTTP/1.1" 500 193 "-" "loader.io;d947546b8d2817a9163c339aaa202026"',
    cause: null,
  },
  {
    source: 'https://github.com/Novik/ruTorrent/issues/1987',
    line: '[13-Jan-2020 02:34:51] NOTICE: ready to handle connections',
    cause: null,
  },
  {
    source: 'https://github.com/owasp-modsecurity/ModSecurity-nginx/issues/38',
    line: 'type=AVC msg=audit(1543930775.545:39978): avc:  denied  { execmem } for  pid=23370 comm="nginx" scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:system_r:httpd_t:s0 tclass=process',
    cause: null,
  },
  {
    source: 'https://github.com/benoitc/gunicorn/issues/3296',
    line: '[2024-09-16 11:15:34 -0400] [780834] [INFO] Booting worker with pid: 780834',
    cause: null,
  },
  {
    source: 'https://github.com/kubernetes/ingress-nginx/issues/8252',
    line: '{"timestamp":"2022-02-16T21:45:13+00:00","requestID":"7d3c633f19688de687871431e9de7753","proxyUpstreamName":"upstream-default-backend","proxyAlternativeUpstreamName":"","upstreamStatus":"","upstreamAddr":"","httpRequest":{"requestMethod":"GET","requestUrl":"appname.company.com/thisdoesnotexist","status":"500","requestSize":"971","responseSize":"","userAgent":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.80 Safari/537.36","remoteIp":"66.129.140.248","referer":"","latency":" s","protocol":"HTTP/1.1","traceParent":"00-0000000000000000ec70652d4865fdee-0f5d197cd47c34d4-01"}}',
    cause: null,
  },
  {
    source: 'https://github.com/adi90x/rancher-active-proxy/issues/6',
    line: '2017/01/21 09:24:56 [warn] 1111#1111: *380 upstream server temporarily disabled while reading response header from upstream, client: 92.204.120.84, server: test.myservice.com, request: "GET /ws/?EIO=3&transport=websocket&sid=wWcj59i1CJFRcbGJAAAp HTTP/1.1", upstream: "http://10.42.239.185:8080/ws/?EIO=3&transport=websocket&sid=wWcj59i1CJFRcbGJAAAp", host: "test.myservice.com"',
    cause: null,
  },
  {
    source: 'https://github.com/bugy/script-server/issues/213',
    line: '2019/05/07 16:40:05 [warn] 19185#19185: *355 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/5/03/0000000035 while reading upstream, client: XXX.XX.XXX.XXX, server: mydomain.com, request: "GET /script-server/images/titleBackground.jpg HTTP/1.1", upstream: "http://127.0.0.1:5000/images/titleBackground.jpg", host: "mydomain.com", referrer: "https://mydomain.com/script-server/css/index.css"',
    cause: null,
  },
  {
    source: 'https://github.com/GoogleCloudPlatform/php-docker/issues/443',
    line: '2018/05/22 15:17:24 [info] 45#0: *400 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 10.8.10.1, server: , request: "GET /alive HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "10.8.10.5:8080"',
    cause: null,
  },
  {
    source: 'https://github.com/GoogleCloudPlatform/php-docker/issues/443',
    line: '10.8.10.1 - - [22/May/2018:15:17:24 +0000] "GET /alive HTTP/1.1" 499 0 "-" "kube-probe/1.9+"',
    cause: null,
  },
  {
    source: 'https://github.com/kaltura/nginx-vod-module/issues/357',
    line: 'client prematurely closed connection while processing frames, client: 10.9.114.1, server: , request: "GET /hls/json/409514fb-d55c-40fc-9cea-de7f6f282758--19Cl6u-android-record--4119543/seg-1-v1.ts HTTP/1.1", host: "10.142.50.181:9200"',
    cause: null,
  },
  {
    source: 'https://github.com/socketio/socket.io/issues/5370',
    line: '*10088819 recv() failed (104: Connection reset by peer) while proxying upgraded connection, client: <internal-ip>, server: , request: "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1", upstream: "http://127.0.0.1:8080/socket.io/?EIO=4&transport=websocket", host: "<hostname>"',
    cause: null,
  },
  {
    source: 'https://github.com/engintron/engintron/issues/1213',
    line: '2020/07/09 10:21:18 [error] 14419#14419: ocsp.comodoca.com could not be resolved (110: Operation timed out) while requesting certificate status, responder: ocsp.comodoca.com, certificate: "/var/cpanel/ssl/apache_tls/locksmithunit.es.locksmithunit.com/combined"',
    cause: null,
  },
  {
    source: 'https://github.com/nginx-proxy/acme-companion/issues/524',
    line: '2019/03/21 15:48:15 [warn] 9#9: no resolver defined to resolve ocsp.int-x3.letsencrypt.org while requesting certificate status, responder: ocsp.int-x3.letsencrypt.org, certificate: "/etc/nginx/certs/*******.com.crt"',
    cause: null,
  },
  {
    source: 'https://github.com/lesaff/serverpilot-letsencrypt/issues/79',
    line: '2018/09/27 10:38:51 [error] 1043#0: OCSP responder timed out (110: Connection timed out) while requesting certificate status, responder: ocsp.int-x3.letsencrypt.org, peer: 2.21.67.65:80, certificate: "/etc/letsencrypt/live/subdomain.example.com/fullchain.pem"',
    cause: null,
  },
  {
    source: 'https://github.com/arut/nginx-rtmp-module/issues/470',
    line: '2014/09/15 11:34:24 [alert] 27#0: worker process 28 exited on signal 11',
    cause: null,
  },
  {
    source: 'https://github.com/openresty/openresty/issues/203',
    line: '2016/10/27 09:51:20 [notice] 30180#30180: start worker process 26728',
    cause: null,
  },
  {
    source: 'https://github.com/nginx/kubernetes-ingress/issues/41',
    line: 'I1013 21:03:37.706976       1 controller.go:143] Adding endpoints: fabric8-docker-registry',
    cause: null,
  },
  {
    source: 'https://github.com/adi90x/rancher-active-proxy/issues/41',
    line: 'nginx.1     | 2017/12/27 13:02:32 [warn] 2680#2680: *1431 a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000277, client: client.ip.add.ress, server: my.domain.com, request: "POST /v2-beta/publish HTTP/2.0", host: "my.domain.com"',
    cause: null,
  },
]
