import type { Incident } from './types.ts'

/** Real 502/504 incidents from public threads no other corpus file draws on, kept aside to measure the root-cause ranking on cases it was never tuned on. */
export const HOLDOUT_INCIDENTS: readonly Incident[] = [
  {
    source: 'https://github.com/TeamPiped/Piped-Docker/issues/34',
    title: 'hard-coded Docker resolver 127.0.0.11 under Podman',
    paste: [
      'piped-nginx     | 2023/10/05 09:33:20 [error] 31#31: recv() failed (111: Connection refused) while resolving, resolver: 127.0.0.11:53',
      'piped-nginx     | 2023/10/05 09:33:24 [error] 30#30: *1 piped could not be resolved (110: Operation timed out), client: 10.11.8.1, server: piped-api.example.com, request: "GET /channel/UCBR8-60-B28hp2BmDPdntcQ HTTP/1.1", host: "piped-api.example.com"',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "nginx.conf hard-coded Docker's embedded DNS (127.0.0.11), which does not exist under Podman (its DNS is 10.89.0.1); removing the resolver line and using a static upstream block fixed it.",
    fixes: ['fix-resolver-address'],
    setup: { runtime: 'other', location: 'container' },
    note: 'Podman, not Docker, runs the containers, hence runtime "other".',
  },
  {
    source: 'https://github.com/wardenenv/images/issues/9',
    title: 'Podman resolver IP baked into the nginx image breaks lookups under Docker',
    paste: [
      '[error] 57#57: *1690 php-fpm could not be resolved (110: Operation timed out), client: 172.25.0.14, server: , request: "GET /foo/ HTTP/1.1", host: "environmentname.test", referrer: "..."',
      '[error] 60#60: *1695 php-fpm could not be resolved (110: Operation timed out), client: 172.25.0.14, server: , request: "GET /foo/ HTTP/1.1", host: "environmentname.test", referrer: "..."',
      '[error] 59#59: *1698 php-fpm could not be resolved (110: Operation timed out), client: 172.25.0.14, server: , request: "GET /foo/ HTTP/1.1", host: "environmentname.test", referrer: "..."',
    ].join('\n'),
    rootCause: 'dns-resolve-failed',
    resolution:
      "The image's nginx config listed Podman's default resolver beside Docker's, and lookups sent to the unreachable one timed out; removing the Podman resolver IP from default.conf and reloading nginx stopped the random 502s.",
    fixes: ['fix-resolver-address'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/chobits/ngx_http_proxy_connect_module/issues/199',
    title: 'forward proxy tries the AAAA record on a host without IPv6',
    paste: [
      '2021/09/13 15:09:05 [error] 2784#0: *30555 connect() to [2408:80f0:4105:a:23::]:443 failed (101: Network is unreachable) while connecting to upstream, client: 192.168.125.21, server: , request: "CONNECT xxxxxxxxxx:443 HTTP/1.1", host: "xxxxxxxx:443"',
      '2021/09/13 15:09:05 [error] 2784#0: *30555 proxy_connect: connection error while connecting to upstream, client: 192.168.125.21, server: , request: "CONNECT xxxxxxxxxxxxxx:443 HTTP/1.1", host: "xxxxxxxxxxx:443"',
    ].join('\n'),
    rootCause: 'upstream-unreachable',
    resolution:
      "The resolver returned an IPv6 address the host had no route to; adding ipv6=off to the resolver directive fixed it (the asker's own follow-up).",
    fixes: ['resolver-ipv4-only'],
    setup: {},
  },
  {
    source: 'https://github.com/dotnet/AspNetCore.Docs/issues/21944',
    title: 'Kestrel behind proxy_pass http://localhost:5000 listens on IPv4 only',
    paste:
      ' [error] 2195#0: *2645 connect() failed (111: Connection refused) while connecting to upstream, client: ipaddress, server: domain, request: "GET /path HTTP/1.1", upstream: "http://[::1]:5000/path", host: "domain", referrer: "domain"',
    rootCause: 'upstream-refused-ipv6',
    resolution:
      'localhost also resolved to ::1 while the ASP.NET Core app listened on IPv4 only; proxying to http://127.0.0.1:5000 instead removed the errors, and the docs were asked to recommend that.',
    fixes: ['use-ipv4-loopback'],
    setup: { backend: 'other', location: 'same-host' },
    note: 'The poster anonymised the client, server and host fields themselves.',
  },
  {
    source: 'https://github.com/Sonarr/Sonarr/issues/6623',
    title: 'Sonarr behind proxy_pass localhost: nginx also tries [::1]:8989',
    paste:
      'Mar 12 23:19:28 vidar nginx[157907]: 2024/03/12 23:19:28 [error] 157907#157907: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 2001:db8:85a3:8d3:1319:8a2e:370:7348, server: vidar.mydomain.com, request: "GET /sonarr/api/v3/indexer HTTP/2.0", upstream: "http://[::1]:8989/sonarr/api/v3/indexer", host: "vidar.mydomain.com", referrer: "https://vidar.mydomain.com/sonarr/settings/indexers"',
    rootCause: 'upstream-refused-ipv6',
    resolution:
      'Sonarr (in Docker) was not reachable on ::1; changing proxy_pass from localhost to 127.0.0.1 made the refused connections stop.',
    fixes: ['use-ipv4-loopback'],
    setup: { backend: 'other', runtime: 'docker', location: 'same-host' },
    note: "The fix is the asker's own, stated in the first post; a follow-up withdraws the claim that Sonarr has an IPv6 bug, not the fix.",
  },
  {
    source: 'https://github.com/alibaba/tengine/issues/880',
    title: 'nginx runs as nobody, php7.1-fpm socket belongs to www-data',
    paste:
      '2018/03/10 19:53:56 [crit] 6979#0: *806 connect() to unix:/run/php/php7.1-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 157.119.xxx.xx, server: xxx.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php7.1-fpm.sock:", host: "view.2heng.xin", referrer: "https://xxx.com"',
    rootCause: 'permission-denied',
    resolution:
      "nginx's worker user could not open the PHP-FPM socket; setting `user www-data;` in nginx.conf (the FPM pool's user) fixed the 502.",
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'A commenter describes and fixes their own 502 in a general "502 Bad Gateway" thread; the first post has no log.',
  },
  {
    source: 'https://github.com/symfony/symfony/issues/19590',
    title: 'FirePHP handler floods response headers, nginx 502s',
    paste: [
      '172.18.0.1 - - [10/Aug/2016:11:57:22 +0000] "GET / HTTP/1.1" 502 575 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Safari/537.36"',
      '2016/08/10 12:01:35 [error] 6#6: *13 upstream sent too big header while reading response header from upstream, client: 172.18.0.1, server: ~^(?<domain>.+)\\.dev$, request: "GET / HTTP/1.1", upstream: "fastcgi://172.18.0.3:9000", host: "symfony.dev"',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      "Monolog's firephp handler put the logged notices into response headers larger than nginx's FastCGI buffer; the maintainers pointed to raising the web server's fastcgi buffers, which the asker accepted (the notice itself was an undefined variable).",
    fixes: ['raise-header-buffers', 'shrink-response-headers'],
    setup: { backend: 'php-fpm' },
  },
  {
    source: 'https://github.com/zabbix/zabbix-docker/issues/638',
    title: 'php-fpm exits at start in zabbix-web-nginx-mysql run as root',
    paste: [
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ALERT: [pool zabbix] user has not been defined',
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ALERT: [pool zabbix] user has not been defined',
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ERROR: failed to post process the configuration',
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ERROR: failed to post process the configuration',
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ERROR: FPM initialization failed',
      'zabbix-web-nginx-mysql    | [09-Jun-2020 13:23:43] ERROR: FPM initialization failed',
      'zabbix-web-nginx-mysql    | 2020-06-09 13:23:43,462 INFO exited: php-fpm7.2 (exit status 78; not expected)',
      'zabbix-web-nginx-mysql    | 2020-06-09 13:23:43,462 INFO exited: php-fpm7.2 (exit status 78; not expected)',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'Running the container with `user: root` left the FPM pool without a user, so php-fpm exited at start and nginx found no socket; removing `user: root` from the compose file fixed it.',
    fixes: ['fix-backend-config'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The nginx line ("connect() to unix:/tmp/php-fpm.sock failed") is only in the title; the paste holds the PHP-FPM and supervisord lines that explain it.',
  },
  {
    source: 'https://github.com/toniher/docker-SemanticMediaWiki/issues/9',
    title: 'supervisord looks for php-fpm7.0, the image ships php-fpm7.3',
    paste: [
      "2020-02-26 22:07:09,378 INFO spawned: 'nginx' with pid 9",
      "2020-02-26 22:07:09,379 INFO spawnerr: can't find command '/usr/sbin/php-fpm7.0'",
      '2020-02-26 22:07:10,381 INFO success: nginx entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)',
      "2020-02-26 22:07:10,382 INFO spawnerr: can't find command '/usr/sbin/php-fpm7.0'",
      "2020-02-26 22:07:12,387 INFO spawnerr: can't find command '/usr/sbin/php-fpm7.0'",
      "2020-02-26 22:07:15,395 INFO spawnerr: can't find command '/usr/sbin/php-fpm7.0'",
      '2020-02-26 22:07:15,396 INFO gave up: php-fpm7.0 entered FATAL state, too many start retries too quickly',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'supervisord.conf still started /usr/sbin/php-fpm7.0 while the container had PHP 7.3, so PHP-FPM never ran behind nginx; pointing the program at php-fpm7.3 fixed the 502 (sent upstream as a pull request).',
    fixes: ['fix-backend-config'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'No nginx line was pasted; the supervisord lines (the process manager giving up on PHP-FPM) are the evidence.',
  },
  {
    source: 'https://github.com/sladkovm/docker-flask-gunicorn-nginx/issues/4',
    title: 'Flask app in the gunicorn container fails on a bad dash version',
    paste: [
      '2020/04/20 14:59:27 [error] 8#8: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 37.112.0.151, server: docker_flask_gunicorn_nginx, request: "GET / HTTP/1.1", upstream: "http://172.18.0.2:8000/", host: "139.162.133.232"',
      '37.112.0.151 - - [20/Apr/2020:14:59:27 +0000] "GET / HTTP/1.1" 502 559 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.163 Safari/537.36" "-"',
      '37.112.0.151 - - [20/Apr/2020:14:59:30 +0000] "GET /favicon.ico HTTP/1.1" 499 0 "http://139.162.133.232/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.163 Safari/537.36" "-"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'The gunicorn container had a wrong version of the dash package, so the app never came up and nothing listened on :8000; installing the right version fixed it.',
    fixes: ['fix-backend-crash'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    note: "The backend's own failure left no line in the paste, so the nginx refusal it led to is the root cause here.",
    fixUnread:
      "The paste holds only nginx's refusal; the import error that crashed the app is in the backend's own log, which was not pasted.",
  },
  {
    source: 'https://github.com/netdata/netdata/issues/3347',
    title: 'netdata socket in /tmp invisible to nginx on openSUSE',
    paste:
      '2018/01/26 15:28:01 [crit] 32428#32428: *26 connect() to unix:/tmp/netdata.sock failed (2: No such file or directory) while connecting to upstream, client: 127.0.0.1, server: example.com, request: "GET /status?full&json HTTP/1.1", upstream: "http://unix:/tmp/netdata.sock:/status?full&json", host: "127.0.0.1"',
    rootCause: 'socket-missing',
    resolution:
      "netdata bound its socket in /tmp, which nginx's service does not share (a private /tmp), so nginx saw no file; binding netdata to unix:/run/netdata/netdata.sock and pointing the upstream there fixed the 502.",
    fixes: ['fix-socket-path'],
    setup: { backend: 'other', location: 'same-host', distro: 'other' },
    note: 'Tumbleweed; the asker links the PrivateTmp explanation and resolved it themselves in the first post.',
  },
  {
    source: 'https://github.com/bepasty/bepasty-server/issues/277',
    title: 'www-data nginx cannot open gunicorn.sock in /home/bepasty',
    paste:
      'connect() to unix:/home/bepasty/gunicorn.sock failed (13: Permission denied) while connecting to upstream, client: 10.20.30.x, server: xxxmy.site.name, request: "GET / HTTP/1.1", upstream: "http://unix:/home/bepasty/gunicorn.sock:/", host: "xxxmy.site.name"',
    rootCause: 'permission-denied',
    resolution:
      "nginx's www-data workers could not reach the gunicorn socket under the bepasty user's home; running nginx as that user made it work, and the maintainer points at fixing the socket's and directory's permissions instead.",
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'python', location: 'same-host', distro: 'debian' },
    note: 'Ubuntu 21.04; the line was pasted without its timestamp prefix.',
  },
  {
    source: 'https://github.com/pterodactyl/panel/issues/2419',
    title: 'panel vhost points at php7.2-fpm.sock, Ubuntu 20.04 ships PHP 7.4',
    paste:
      '2020/09/26 00:34:14 [crit] 505364#505364: *154 connect() to unix:/run/php/php7.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 192.168.1.1, server: example.com, request: "GET / HTTP/2.0", upstream: "fastcgi://unix:/run/php/php7.2-fpm.sock:", host: "example.com"',
    rootCause: 'socket-missing',
    resolution:
      'The documented nginx config used the PHP 7.2 FPM socket while Ubuntu 20.04 installs PHP 7.4, so the socket did not exist; the asker got it working by running the PHP version the config names (pointing fastcgi_pass at php7.4-fpm.sock is the same fix).',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'debian' },
  },
  {
    source: 'https://github.com/nginx/nginx/issues/1409',
    title: "Let's Encrypt chain with two intermediates fails proxy_ssl_verify_depth 1",
    paste:
      '2026/06/01 20:36:23 [error] 184385#0: *1 upstream SSL certificate verify error: (20:unable to get local issuer certificate) while SSL handshaking to upstream, client: ::1, server: localhost, request: "GET / HTTP/1.1", upstream: "https://[2001:db8::1]:443/", host: "localhost:8080',
    rootCause: 'upstream-ssl',
    resolution:
      "With proxy_ssl_verify on, nginx's default proxy_ssl_verify_depth 1 cannot verify the new Let's Encrypt hierarchy (two intermediates); raising proxy_ssl_verify_depth to 2 lets the chain verify, and a maintainer confirmed it.",
    fixes: ['trust-upstream-ca'],
    setup: {},
    note: "The thread asks for a new default; the pasted line is from the maintainer reproducing the reporter's failure, and the host field lacks its closing quote as posted.",
  },
  {
    source: 'https://github.com/codedge/aws-fargate-with-php/issues/2',
    title: 'Fargate-style fastcgi_pass 127.0.0.1:9000 under local docker-compose',
    paste: [
      '192.168.80.1 - - [09/Jun/2020:07:43:31 +0000] "GET / HTTP/1.1" 502 158 "-" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:77.0) Gecko/20100101 Firefox/77.0" "-"',
      '2020/06/09 07:43:31 [error] 11#11: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.80.1, server: , request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "localhost"',
    ].join('\n'),
    rootCause: 'upstream-refused',
    resolution:
      'The nginx config targets 127.0.0.1:9000, which works where the containers share one network namespace (a Fargate task) but not in docker-compose, where PHP-FPM is another container; changing fastcgi_pass to php-fpm:9000 made it work locally.',
    fixes: ['use-service-name'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The asker reports the working change in the second post.',
  },
  {
    source: 'https://github.com/kojiromike/docker-magento/issues/10',
    title: 'PHP container reads the wrong php-fpm.conf and never listens on 9001',
    paste:
      'connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.42.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fa\nstcgi://172.17.0.18:9001", host: "localhost"',
    rootCause: 'upstream-refused',
    resolution:
      'The PHP image holds two php-fpm configurations and php-fpm loaded /usr/local/etc/php-fpm.conf instead of the one that listens on 9001; starting it with `php-fpm -y /etc/php5/fpm/php-fpm.conf` fixed it (merged as the follow-up pull request).',
    fixes: ['fix-backend-config'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The poster\'s paste wraps the line inside "fastcgi"; the wrap is kept.',
    fixUnread:
      "A refusal between containers: the backend's own config comes third, after binding to all interfaces and a recreated address, which are as likely from this line.",
  },
  {
    source: 'https://github.com/PrivateBin/docker-nginx-fpm-alpine/issues/1',
    title: 'nginx proxies FastCGI to [::]:9000 on a Docker host without IPv6',
    paste:
      '12#12: *7 connect() to [::]:9000 failed (99: Address not available) while connecting to upstream, client: 172.17.0.1, server: ..',
    rootCause: 'upstream-refused-ipv6',
    resolution:
      "The image's nginx site pointed fastcgi_pass at [::]:9000, which cannot work when the Docker daemon has IPv6 disabled; the maintainer's fix is an IPv4 address (0.0.0.0/127.0.0.1) there, and the image then moved PHP-FPM to a unix socket.",
    fixes: ['use-ipv4-loopback'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'nginx and PHP-FPM share one container here; the line was pasted without its timestamp and cut after "server:".',
  },
]
