import type { Incident } from './types.ts'

/** Real 502/504 incidents on plain hosts and app servers (PHP-FPM, uWSGI, gunicorn, systemd, PM2, supervisor, SELinux, limits), each with the fix its thread confirmed. */
export const HOST_INCIDENTS: readonly Incident[] = [
  {
    source: 'https://github.com/whatwedo/docker-base-images/issues/38',
    title: 'php-fpm not started in the symfony image, socket absent',
    paste: [
      '2020/02/20 16:45:08 [crit] 551#551: *1 connect() to unix:/var/run/php-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 172.17.0.1, server: , request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "localhost:5000"',
      '172.17.0.1 - - [20/Feb/2020:16:45:08 +0100] "GET / HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:72.0) Gecko/20100101 Firefox/72.0"',
      '2020/02/20 16:45:08 [crit] 551#551: *1 connect() to unix:/var/run/php-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 172.17.0.1, server: , request: "GET /favicon.ico HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "localhost:5000"',
      '172.17.0.1 - - [20/Feb/2020:16:45:08 +0100] "GET /favicon.ico HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:72.0) Gecko/20100101 Firefox/72.0"',
    ].join('\n'),
    rootCause: 'socket-missing',
    resolution:
      "PHP-FPM had simply not been started inside the container, so its socket never existed; starting the service (via the image's init, upstart) fixed it.",
    fixes: ['start-backend'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/richarvey/nginx-php-fpm/issues/71',
    title: 'old mounted site config points at php7.0-fpm.sock',
    paste:
      '2016/09/08 16:34:43 [crit] 67#0: *15 connect() to unix:/run/php/php7.0-fpm.sock failed (2: No such file or directory) while connecting to upstream, client:',
    rootCause: 'socket-missing',
    resolution:
      "An old site config mounted into the container still used /run/php/php7.0-fpm.sock; pointing fastcgi_pass at the image's /var/run/php-fpm.sock fixed it.",
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The pasted line is cut after "client:" by the poster.',
  },
  {
    source: 'https://github.com/Varying-Vagrant-Vagrants/VVV/issues/2059',
    title: 'WordPress VM nginx wants php7.2-fpm.sock, only php7.0 runs',
    paste:
      '2020/02/01 18:56:48 [crit] 19673#19673: *4 connect() to unix:/var/run/php7.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 192.168.50.1, server: local.wordpress.test, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php7.2-fpm.sock:", host: "local.wordpress.test"',
    rootCause: 'socket-missing',
    resolution:
      'nginx pointed at the socket of a PHP version that was not running; the asker linked php7.0-fpm.sock to the expected php7.2 path and the site loaded (the maintainer advised upgrading VVV so the paths match).',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'debian' },
  },
  {
    source: 'https://github.com/theraw/The-World-Is-Yours/issues/25',
    title: 'nginx user cannot open the www-data php7.4 socket',
    paste:
      '*7 connect() to unix:/var/run/php/php7.4-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 174.228.128.104, server: gadgacademia.online, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php/php7.4-fpm.sock:", host:',
    rootCause: 'permission-denied',
    resolution:
      'nginx ran as user nginx while the PHP-FPM socket belonged to www-data; running nginx as www-data fixed it (the maintainer suggests chowning the socket to nginx instead).',
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'The paste starts at the connection number and stops after "host:"; the prefix was not copied by the poster.',
  },
  {
    source: 'https://github.com/freenas/iocage-plugin-nextcloud/issues/11',
    title: 'Nextcloud jail hits pm.max_children 5, nginx 504s',
    paste:
      '[13-May-2019 12:48:55] WARNING: [pool nextcloud] server reached pm.max_children setting (5), consider raising it',
    rootCause: 'php-fpm-max-children',
    resolution:
      'The pool allowed only 5 children; raising pm.max_children to 15 and restarting PHP-FPM stopped the 504s, and the maintainer raised the plugin default.',
    fixes: ['raise-pm-max-children'],
    setup: { backend: 'php-fpm', runtime: 'other', location: 'same-host', distro: 'other' },
    note: "The nginx 504 is only described in prose; the only pasted line is PHP-FPM's warning. FreeBSD iocage jail.",
  },
  {
    source: 'https://github.com/dylanlindgren/docker-laravel-phpfpm/pull/4',
    title: 'php5-fpm segfaults with opcache, nginx gets resets',
    paste: [
      ' May  2 11:33:49 ubuntu kernel: [148522.291772] php5-fpm[37887]: segfault at 2c ip 00000000006fbc7a sp 00007fffd9773590 error 4 in php5-fpm[400000+800000]',
      '2015/05/02 11:33:53 [error] 37819#0: *5 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 192.168.238.1, server: , request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "192.168.238.130"',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "The PHP-FPM worker segfaulted in opcache and nginx saw the reset; the merged PR changed the image's opcache settings, which stopped the 502s.",
    fixes: ['disable-php-extension'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The kernel segfault line (with the leading space the poster left) is the root; the nginx reset follows from it.',
  },
  {
    source: 'https://github.com/kabel/homebrew-php-ext/issues/11',
    title: 'php-fpm children segfault after enabling imap extension (macOS)',
    paste: [
      '[error] 196#0: *26 kevent() reported about an closed connection (54: Connection reset by peer) while reading response header from upstream, client: 127.0.0.1, server: hosthere, request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9005", host: "hosthere"',
      '[08-Feb-2019 03:06:44] WARNING: [pool www] child 18316 exited on signal 11 (SIGSEGV) after 17.982712 seconds from start',
      '[08-Feb-2019 03:06:44] NOTICE: [pool www] child 18318 started',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'The PHP-FPM child crashed with SIGSEGV once the Homebrew imap extension was loaded; disabling the extension made everything work (the asker finally ran PHP-FPM as root with the extension, after fixing file permissions).',
    fixes: ['disable-php-extension'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'other' },
    note: 'macOS: nginx reports the reset via kevent() with errno 54.',
  },
  {
    source: 'https://github.com/idno/idno/issues/2742',
    title: 'Known diagnostics page: debug stderr makes headers too big',
    paste: [
      '2020/04/24 04:34:27 [error] 7581#7581: *6618 upstream sent too big header while reading response header from upstream, client: xx.xxx.xx.xx, server: mydomain.tld, request: "GET /admin/diagnostics/ HTTP/2.0", upstream: "fastcgi://unix:/var/run/php/php7.2-fpm.sock:", host: "mydomain.tld"',
      '2020/04/24 04:34:27 [error] 7581#7581: *6618 FastCGI sent in stderr: "PHP message: Known (mydomain.tld): debug - Checking for HSTS headers',
    ].join('\n'),
    rootCause: 'header-too-big',
    resolution:
      'The asker solved it by raising fastcgi_buffers to 16 16k and fastcgi_buffer_size to 32k in nginx.conf.',
    fixes: ['raise-header-buffers'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'The FastCGI stderr entry is cut where the poster stopped copying; it is a debug message, not the cause.',
  },
  {
    source: 'https://github.com/vagrant-php/ubuntu/issues/1',
    title: 'Symfony app_dev.php 502: FastCGI header too big',
    paste:
      '[error] 822#0: *1 upstream sent too big header while reading response header from upstream, client: 172.28.128.1, server: , request: "GET /app_dev.php HTTP/1.1", upstream: "fastcgi://unix://tmp/php-server-socket:"',
    rootCause: 'header-too-big',
    resolution:
      "The maintainer added larger fastcgi buffer settings to the box's nginx.conf and the asker confirmed it works.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'debian' },
  },
  {
    source: 'https://github.com/perusio/drupal-with-nginx/issues/160',
    title: 'unexpected FastCGI record with upstream keepalive to php-fpm',
    paste:
      '2014/02/25 15:34:09 [error] 18430#0: *12 upstream sent unexpected FastCGI record: 3 while reading response header from upstream, client: 127.0.0.1, server: d82.localhost, request: "GET /node?q=/ HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "d82.localhost", referrer: "http://d82.localhost/"',
    rootCause: 'invalid-response',
    resolution:
      'The intermittent 502s came from reusing FastCGI connections; commenting out "keepalive 5" in the PHP upstream config fixed it.',
    fixes: ['remove-upstream-keepalive'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'The fix was confirmed by another user with the same error, not by the original poster.',
  },
  {
    source: 'https://github.com/sighupio/gatekeeper-policy-manager/pull/61',
    title: 'OIDC cookies exceed uWSGI 4 KB buffer, nginx resets',
    paste: [
      'invalid request block size: 5292 (max 4096)...skip',
      '10.x.x.x - - [02/Nov/2020:08:33:43 +0000] "GET /favicon.ico HTTP/1.1" 502 560 "https://gpm.<redacted>/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.111 Safari/537.36" "10.x.x.x"',
      '2020/11/02 08:33:43 [error] 10#10: *16 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.x.x.x.x, server: , request: "GET /favicon.ico HTTP/1.1", upstream: "uwsgi://unix:///tmp/uwsgi.sock:", host: "gpm.<redacted>", referrer: "https://gpm.<redacted>/"',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "Request headers from the OIDC proxy were larger than uWSGI's default 4096-byte buffer; the merged PR raised uWSGI buffer-size.",
    fixes: ['uwsgi-buffer-size'],
    setup: { backend: 'uwsgi', runtime: 'kubernetes', location: 'container' },
    note: 'No cause id names uWSGI\'s "invalid request block size" line yet; the nginx reset it produces is the cause the tool can name.',
    verdict:
      "uWSGI's own `invalid request block size` line is in the paste: it names what nginx's resets only show (issue 9 §3), so its finding comes first and leads to uwsgi-buffer-size.",
  },
  {
    source: 'https://github.com/RiotGamesCookbooks/nexus-cookbook/issues/115',
    title: 'SELinux enforcing on CentOS box blocks nginx to Nexus 8081',
    paste: [
      '2015/01/14 22:32:42 [crit] 5642#0: *1 connect() to 127.0.0.1:8081 failed (13: Permission denied) while connecting to upstream, client: 10.0.2.2, server: nexus-b\nerkshelf, request: "GET /nexus HTTP/1.1", upstream: "http://127.0.0.1:8081/nexus", host: "localhost:8443"',
      'type=AVC msg=audit(1421274762.358:1081): avc:  denied  { name_connect } for  pid=5642 comm="nginx" dest=8081 scontext=unconfined_u:system_r:httpd_t:s0 tcontext=\nsystem_u:object_r:transproxy_port_t:s0 tclass=tcp_socket',
    ].join('\n'),
    rootCause: 'selinux-denied',
    resolution:
      'SELinux was enforcing on the new base box and denied nginx name_connect to port 8081; the asker traced it to a box-build (anaconda) bug that should have left SELinux permissive, fixed in the box (bento PR 306).',
    fixes: ['selinux-allow-connect'],
    setup: { backend: 'java', location: 'same-host', distro: 'rhel' },
    note: 'Both entries were hard-wrapped by the terminal; each wrapped entry is kept as one line with its break.',
  },
  {
    source: 'https://github.com/jfrog/JFrog-Cloud-Installers/issues/268',
    title: 'AlmaLinux 8: nginx to Artifactory 8082 denied by SELinux boolean',
    paste:
      '2023/03/16 15:22:30 [crit] 18009#18009: *18 connect() to 127.0.0.1:8082 failed (13: Permission denied) while connecting to upstream, client: 192.168.xxx.yyy, server: test, request: "GET /ui/ HTTP/2.0", upstream: "http://127.0.0.1:8082/ui/", host: "alma1"',
    rootCause: 'permission-denied',
    resolution:
      'With SELinux enforcing, nginx may not connect to the Artifactory port; setting the httpd_can_network_connect boolean (persistently) fixed it.',
    fixes: ['selinux-allow-connect'],
    setup: { backend: 'java', location: 'same-host', distro: 'rhel' },
    note: 'No audit line was pasted, so the tool can only name the nginx permission error; SELinux is the reason behind it.',
  },
  {
    source: 'https://github.com/evertramos/nginx-proxy-automation/issues/125',
    title: 'HTTP proxy_pass to a uWSGI-protocol socket',
    paste: 'invalid request block size: 21573 (max 4096)...skip',
    rootCause: 'invalid-response',
    resolution:
      "The proxy spoke plain HTTP (proxy_pass) to uWSGI's uwsgi-protocol socket; the asker found the fix was to use uwsgi_pass (or an HTTP socket on uWSGI).",
    fixes: ['match-upstream-protocol'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'container' },
    note: '21573 is "GE" read as a uwsgi packet size: an HTTP request hit a uwsgi socket. Only the uWSGI line was pasted.',
  },
  {
    source: 'https://github.com/medic/cht-core/issues/2076',
    title: '1024 worker_connections are not enough in front of the API',
    paste: [
      '2016/03/14 00:35:26 [alert] 25909#0: 1024 worker_connections are not enough',
      '2016/03/14 00:35:26 [alert] 25909#0: *164106 1024 worker_connections are not enough while connecting to upstream, client: 41.210.155.91, server: _, request: "GET /medic/ HTTP/1.1", upstream: "http://127.0.0.1:280/medic/", host: "lg.app.medicmobile.org", referrer: "https://lg.app.medicmobile.org/medic/_design/medic/_rewrite/"',
    ].join('\n'),
    rootCause: 'resource-exhaustion',
    resolution:
      'Restarting nginx only helped for a while; the team raised worker_connections to 10240, ran it in production for months without the error and made it the default.',
    fixes: ['raise-worker-connections'],
    setup: { backend: 'other', location: 'same-host' },
    resolvedAt: 'https://github.com/medic/cht-core/issues/2885',
    note: 'The resolution is recorded in the follow-up issue cht-core#2885, which links back to this one.',
  },
  {
    source: 'https://github.com/zodern/meteor-up/issues/1379',
    title: 'nginx-proxy container limited to 1024 open files',
    paste: [
      'nginx.1     | 2025/11/29 08:46:52 [alert] 23#23: *1369 socket() failed (24: Too many open files) while connecting to upstream,',
      'nginx.1     | 2025/11/29 08:46:52 [crit] 22#22: accept4() failed (24: Too many open files)',
    ].join('\n'),
    rootCause: 'resource-exhaustion',
    resolution:
      "The proxy container ran with a 1024 open-file limit; raising the Docker daemon's default ulimit (--default-ulimit nofile=65535:65535) resolved it.",
    fixes: ['raise-nofile'],
    setup: { backend: 'node', runtime: 'docker', location: 'container' },
    note: 'The first entry is cut by the poster after "upstream,".',
  },
  {
    source: 'https://github.com/Shellbye/Shellbye.github.io/issues/20',
    title: 'CentOS 7 PrivateTmp hides uwsgi socket in /tmp from nginx',
    paste:
      'connect() to unix:/tmp/xxx.sock failed (2: No such file or directory) while connecting to upstream',
    rootCause: 'socket-missing',
    resolution:
      'On CentOS 7 services get a private /tmp, so nginx could not see the uWSGI socket created there; moving the socket to another directory fixed it.',
    fixes: ['fix-socket-path'],
    setup: { backend: 'uwsgi', location: 'same-host', distro: 'rhel' },
    note: "The author's own write-up of the incident; the socket name is redacted as xxx.",
  },
  {
    source: 'https://github.com/WeblateOrg/docker/pull/83',
    title: 'stuck uWSGI workers fill the Weblate socket backlog',
    paste:
      '[error] 19#19: *259 connect() to unix:/var/run/uwsgi/app/weblate/socket failed (11: Resource temporarily unavailable) while connecting to upstream, client: 10.0.1.181, server: ....',
    rootCause: 'resource-exhaustion',
    resolution:
      "Workers stuck on requests left the uWSGI socket's accept queue full; the merged PR enabled uWSGI harakiri so stuck workers are killed and replaced.",
    fixes: ['kill-stuck-workers'],
    setup: { backend: 'uwsgi', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/BitLucid/ninjawars/issues/500',
    title: 'PHP fatal error on Dojo POST shows in FastCGI stderr',
    paste:
      '2016/02/21 16:42:36 [error] 19542#0: *156258 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Call to undefined function NinjaWars\\core\\control\\add_item() in /srv/ninjawars/deploy/lib/control/DojoController.php on line 53" while reading response header from upstream, client: 10.189.245.10, server: www.ninjawars.net, request: "POST /dojo/buyDimMak HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "www.ninjawars.net", referrer: "http://www.ninjawars.net/dojo/buyDimMak"',
    rootCause: 'fastcgi-stderr',
    resolution:
      'A PHP fatal error (an undefined, unimported function) in the controller; fixed in the code by commit c2a8b2ab.',
    fixes: ['fix-php-error'],
    setup: { backend: 'php-fpm', location: 'same-host' },
  },
  {
    source: 'https://github.com/open-runtimes/open-runtimes/pull/330',
    title: 'gunicorn 30 s worker timeout kills long function runs',
    paste: [
      'Preparing for start ...',
      'Starting ...',
      'HTTP server successfully started!',
      '[2024-11-05 09:25:59 +0000] [16] [CRITICAL] WORKER TIMEOUT (pid:17)',
      '[2024-11-05 09:26:00 +0000] [16] [ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      "gunicorn's default 30 s timeout killed the worker mid-request so no reply reached Appwrite; the merged PR disabled gunicorn's timeout and left time limits to Appwrite.",
    fixes: ['raise-read-timeout'],
    setup: { backend: 'python', runtime: 'docker', location: 'container' },
    note: 'The client here is Appwrite\'s executor, not nginx; the "out of memory?" hint is gunicorn\'s guess after its own SIGKILL, not an OOM kill.',
  },
  {
    source: 'https://github.com/devilbox/docker-php-fpm/issues/75',
    title: 'PHP 7.3 image with Xdebug resets most requests',
    paste:
      '[error] 102#102: *1 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 192.168.128.1, server: enigma.localhost, request: "GET /nova/ HTTP/1.1", upstream: "fastcgi://192.168.128.4:9000", host: "enigma.localhost"',
    rootCause: 'upstream-reset',
    resolution:
      'Xdebug made the PHP 7.3 workers crash; disabling the module (DISABLE_MODULES=xdebug) solved it, as the asker confirmed.',
    fixes: ['disable-php-extension'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: 'The crash itself left no line in the paste (PHP-FPM logged nothing), so the nginx reset is the cause the tool can name.',
  },
  {
    source: 'https://github.com/GoogleCloudPlatform/php-docker/pull/70',
    title: 'php5-fpm unix socket backlog overflows under load (App Engine)',
    paste:
      '2016/03/12 10:25:23 [error] 18#0: *6016 connect() to unix:/var/run/php5-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 172.17.0.6, server: , request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "tmatsuo-wordpress.appspot.com"',
    rootCause: 'resource-exhaustion',
    resolution:
      "The unix socket's accept queue (somaxconn 128, not changeable in the container) overflowed; the merged PR switched PHP-FPM to TCP and raised the number of workers.",
    fixes: ['raise-socket-backlog', 'raise-pm-max-children'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/passbolt/passbolt_docker/issues/245',
    title: 'mounted nginx config still uses php8.2 socket after image moved to 8.4',
    paste:
      'connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream',
    rootCause: 'socket-missing',
    resolution:
      'An old nginx config mounted as a volume pointed fastcgi_pass at php8.2-fpm.sock while the image now ships PHP 8.4; correcting the socket path fixed it.',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/grokability/snipe-it/issues/16627',
    title: 'Snipe-IT nginx config still on php8.1-fpm.sock after PHP 8.3 upgrade',
    paste:
      'connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory) while connecting to upstream',
    rootCause: 'socket-missing',
    resolution:
      'After upgrading PHP to 8.3 the site config still pointed at the 8.1 socket; editing /etc/nginx/conf.d/snipeit.conf to the new socket fixed it.',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host' },
  },
  {
    source: 'https://github.com/laravel/framework/issues/11693',
    title: 'Homestead update moved PHP to 7.0, site still on php5-fpm.sock',
    paste:
      '2016/01/05 11:40:22 [crit] 6001#6001: *1 connect() to unix:/var/run/php5-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 192.168.10.1, server: metrics.app, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "metrics.app"',
    rootCause: 'socket-missing',
    resolution:
      'The updated box runs PHP 7.0 but the nginx site still used the php5-fpm socket; pointing the site at the php7.0-fpm socket fixed it.',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'debian' },
  },
  {
    source: 'https://github.com/omega8cc/boa/issues/949',
    title: 'BOA Octopus sites 502 after upgrade: o1.fpm.socket missing',
    paste:
      '2016/05/22 16:39:05 [crit] 14103#0: *479 connect() to unix:/var/run/o1.fpm.socket failed (2: No such file or directory) while connecting to upstream, client: 192.241.231.192, server: example.com, request: "GET /jobs.json HTTP/1.0", upstream: "fastcgi://unix:/var/run/o1.fpm.socket:", host: "example.com"',
    rootCause: 'socket-missing',
    resolution:
      'The instance was configured for a PHP-FPM version no longer serving its socket; switching the instance to an installed PHP version and forcing an upgrade recreated the socket and ended the 502s.',
    fixes: ['fix-socket-path'],
    setup: { backend: 'php-fpm', location: 'same-host' },
  },
  {
    source: 'https://github.com/jlengstorf/tutorial-deploy-nodejs-ssl-digitalocean-app/issues/17',
    title: "Node app under PM2 tries to listen on nginx's port 80",
    paste: 'Error: listen EADDRINUSE : : : 80',
    rootCause: 'backend-crash',
    resolution:
      'The app was set to listen on port 80, which nginx already held, so it crashed under PM2; moving the app to port 5000 fixed it.',
    fixes: ['move-port-conflict'],
    setup: { backend: 'node', runtime: 'pm2', location: 'same-host' },
  },
  {
    source: 'https://github.com/dsmrreader/dsmr-reader/issues/381',
    title: 'supervisor gives up on gunicorn, socket in /var/tmp missing',
    paste: [
      'dsmr_webinterface                FATAL      Exited too quickly (process log may have details)',
      '2017/11/15 21:33:16 [crit] 3959#0: *44 connect() to unix:///var/tmp/gunicorn--dsmr_webinterface.socket failed (2: No such file or directory) while connecting to upstream, client: 192.168.2.105, server: _, request: "GET / HTTP/1.1", upstream: "http://unix:///var/tmp/gunicorn--dsmr_webinterface.socket:/", host: "192.168.2.3"',
    ].join('\n'),
    rootCause: 'backend-crash',
    resolution:
      'gunicorn would not start under supervisor because of leftover pid and socket files in /var/tmp; deleting them and restarting the program brought the site back.',
    fixes: ['start-backend'],
    setup: { backend: 'python', runtime: 'supervisor', location: 'same-host' },
    note: "Fix reported by another user with the same error. The missing socket follows from gunicorn not running; supervisor's FATAL state is the root line.",
    fixUnread:
      'supervisor giving up is usually a crash or bad config to fix first; that leftover pid and socket files stopped it only the thread shows.',
  },
  {
    source: 'https://github.com/next-l/enju_leaf/pull/1807',
    title: 'Rails dev response headers exceed nginx 4k proxy buffer',
    paste:
      'enju_leaf-nginx-1       | 2023/07/09 02:39:30 [error] 33#33: *1 upstream sent too big header while reading response header from upstream, client: 172.20.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.20.0.8:3000/", host: "localhost:8080"',
    rootCause: 'header-too-big',
    resolution:
      "The Rails app's development-mode response headers did not fit nginx's default proxy buffer; the merged PR raised the buffer size to 16 KB.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'other', runtime: 'docker', location: 'container' },
  },
  {
    source: 'https://github.com/Automattic/vip-container-images/pull/161',
    title: 'WordPress admin filter URL yields too big FastCGI header',
    paste:
      '2022/01/20 02:47:05 [error] 102#102: *128 upstream sent too big header while reading response header from upstream, client: 172.20.0.2, server: localhost, request: “GET /wp-admin/edit.php?s=&post_status=all&post_type=post&_wpnonce=0bd12f11ce&_wp_http_referer=%2Fwp-admin%2Fedit.php&m=0&cat=0&capi_content_type=0&liveblog_state=&filter_action=Filter&paged=1 HTTP/1.1”, upstream: “fastcgi://172.21.0.8:9000”, host: “newsdna.vipdev.lndo.site”',
    rootCause: 'header-too-big',
    resolution:
      'Large response headers from wp-admin overflowed the FastCGI buffers; the merged PR raised fastcgi_buffers and fastcgi_buffer_size in the dev-env nginx config.',
    fixes: ['raise-header-buffers'],
    setup: { backend: 'php-fpm', runtime: 'docker', location: 'container' },
    note: "The poster's paste has typographic quotes in place of the straight quotes nginx writes.",
  },
  {
    source: 'https://github.com/valet-sh/valet-sh/issues/32',
    title: 'Magento favicon 502: FastCGI header too big (valet.sh on macOS)',
    paste:
      '7 [error] 19157#19157: *1 upstream sent too big header while reading response header from upstream, client: 127.0.0.1, server: mage24.test, request: "GET /favicon.ico HTTP/2.0", upstream: "fastcgi://unix:/var/run/php/php7.3-fpm.sock:", host: "mage24.test", referrer: "https://mage24.test/"',
    rootCause: 'header-too-big',
    resolution:
      "Magento's response headers overflowed the default FastCGI buffers; fastcgi_buffers 16 16k and fastcgi_buffer_size 32k were added and the maintainer shipped the fix in the 2.x branch.",
    fixes: ['raise-header-buffers'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'other' },
    note: 'The line lost its date and time when copied: it starts with the last digit of the seconds.',
  },
  {
    source: 'https://github.com/netbox-community/netbox-qrcode/issues/22',
    title: 'NetBox gunicorn fails to start: plugin missing from venv',
    paste:
      '2022/02/09 17:19:39 [error] 23608#23608: *6 connect() failed (111: Connection refused) while connecting to upstream, client: 178.134.17.111, server: netbox.example.com, request: "GET / HTTP/2.0", upstream: "http://127.0.0.1:8001/", host: "netbox.example.com"',
    rootCause: 'upstream-refused',
    resolution:
      "The plugin was enabled in NetBox's configuration but not installed in NetBox's virtualenv, so gunicorn never came up on 8001; adding it to local_requirements.txt and running upgrade.sh fixed it.",
    fixes: ['fix-backend-config', 'start-backend'],
    setup: { backend: 'python', location: 'same-host', distro: 'debian' },
    note: 'Resolution given by another user with the same problem, who confirmed it worked for them.',
  },
  {
    source: 'https://github.com/puphpet/puphpet/issues/715',
    title: 'php5-fpm socket mode 0660 root-owned, nginx denied',
    paste:
      '2014/05/07 09:24:35 [crit] 4991#0: *1 connect() to unix:/var/run/php5-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 37.139.2.9, server: jrdn.dev, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "jrdn.dev"',
    rootCause: 'permission-denied',
    resolution:
      'nginx could not open the PHP-FPM socket; setting listen.mode = 0666 in the pool config made it work (listen.owner/listen.group is the tighter version of the same fix).',
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'php-fpm', location: 'same-host' },
  },
  {
    source: 'https://github.com/fusionpbx/fusionpbx-install.sh/pull/237',
    title: "CentOS 7 php-fpm pool user/group not nginx's",
    paste:
      'unix:/var/run/php-fpm/php-fpm.sock failed (13: Permission denied) while\nconnecting to upstream',
    rootCause: 'permission-denied',
    resolution:
      'On a clean CentOS 7 install the PHP-FPM pool ran with the wrong user/group for nginx; the merged PR set the right user and group in /etc/php-fpm.d/www.conf.',
    fixes: ['fix-socket-permissions'],
    setup: { backend: 'php-fpm', location: 'same-host', distro: 'rhel' },
    note: 'A fragment of the nginx line quoted in prose and wrapped by the poster; it lacks the "connect() to" head.',
  },
  {
    source: 'https://github.com/fossar/selfoss/issues/1427',
    title: 'selfoss /update feed refresh exceeds fastcgi_read_timeout',
    paste:
      '[error] 1046#1046: *2094 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.168.17.1, server: localhost, request: "GET /update HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "192.168.17.128"',
    rootCause: 'upstream-read-timeout',
    resolution:
      "The maintainer diagnosed the long /update run exceeding nginx's fastcgi_read_timeout (and PHP's max_execution_time), advised raising them, and opened fixes that make /update stream output instead of staying silent.",
    fixes: ['raise-read-timeout', 'speed-up-backend'],
    setup: { backend: 'php-fpm', location: 'same-host' },
    note: 'Maintainer diagnosis with linked fixes (#1428, #1430); the asker did not confirm.',
  },
]
