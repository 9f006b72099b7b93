/**
 * Real nginx configurations from public threads and from projects' shipped files, stored as
 * posted, with what each thread showed. Broken ones carry the config check ids of
 * shared/contract/config-checks.md that their mistake is, and the line each must point at;
 * working ones (mistakes: []) must raise no check. Used to test the config checker.
 */

/** A configuration someone posted in public, with what its thread showed. */
export interface CorpusConfig {
  /** The thread (issue, pull request) or the shipped file at a commit. */
  source: string
  /** The comment or answer that shows the resolution, when it has its own address. */
  resolvedAt?: string
  /** A few words. */
  title: string
  /** As posted, byte for byte (a long dump may be cut, never edited). */
  text: string
  /** The checks the mistake is, each with the 1-based line in `text` it must point at. */
  mistakes: { check: string; line: number; note?: string }[]
  /** The log lines of the same thread, when posted (for joining with the log later). */
  log?: string
  /** Judgement calls. */
  note?: string
  /**
   * Why the checks cannot find the mistake from this paste (what only the thread, the log or
   * the person's answer shows): the test checks they still do not, so a change that starts to
   * says so.
   */
  unread?: string
}

export const CORPUS_CONFIGS: readonly CorpusConfig[] = [
  {
    source: 'https://github.com/nazar-pc/docker-webserver/issues/18',
    title: 'php-fpm in another container reached as 127.0.0.1',
    text: `location ~ \\.php$ {
    root           html;
    fastcgi_pass   127.0.0.1:9000;
    fastcgi_index  index.php;
    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    include        fastcgi_params;
}`,
    mistakes: [
      {
        check: 'loopback-in-container',
        line: 3,
        note: "nginx and php-fpm are separate docker-compose services; the maintainer's answer was to use php:9000, and the reporter confirmed it works",
      },
    ],
    log: `*6 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: localhost:8000"`,
    note: "The snippet itself shows no container hint; only the thread (docker-compose with a php service) does, so the check needs the person's answer that nginx runs in a container.",
  },
  {
    source: 'https://github.com/zelytra/BetterFleet/issues/833',
    resolvedAt: 'https://github.com/zelytra/BetterFleet/pull/836',
    title: 'Keycloak /auth location with the default 4k header buffer',
    text: `server {

    server_name betterfleet.fr;

    location / {
        proxy_pass http://127.0.0.1:2602;
    }

    location /api {
        rewrite /api/(.*) /$1  break;
        proxy_pass http://127.0.0.1:2601;
        proxy_redirect     off;
        proxy_set_header   Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        # Socket conf
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "Upgrade";
        proxy_hide_header 'Access-Control-Allow-Origin';
        proxy_http_version 1.1;
        proxy_connect_timeout 7d;
        proxy_send_timeout 7d;
        proxy_read_timeout 7d;
    }


    location /auth {
        #rewrite /auth/(.*) /$1  break;
        proxy_pass http://127.0.0.1:2604;
        proxy_redirect     off;
        proxy_set_header    Host                $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    listen [::]:80;
    listen 80;
}
`,
    mistakes: [
      {
        check: 'header-buffer-too-small',
        line: 28,
        note: "Keycloak behind /auth; no proxy_buffer_size, so the 4k default; the issue shows Keycloak's Set-Cookie set overflowing it and PR #836 adds proxy_buffer_size 16k here",
      },
      {
        check: 'connection-header-forced',
        line: 19,
        note: "not the thread's 502, but a real instance: every /api request is sent Connection: Upgrade; the later file replaced it with a map",
      },
    ],
    note: "Text is deployment/nginx.conf at commit cee1bbb9b1d262249c165b8d45d1dbcb5a4ce8ab (an older version of the file the issue links; the issue's line numbers L53-L61 are of a later, longer version that is not stored). Nothing in the file names Keycloak except the /auth path, so the buffer check needs the log line or the person's answer about the backend.",
    unread:
      'No log line is stored and nothing in the file names Keycloak: the buffer is only known too small once the log says `upstream sent too big header`.',
  },
  {
    source: 'https://github.com/graphite-project/docker-graphite-statsd/issues/87',
    title: "graphite-web behind localhost in the image's own site file",
    text: `server {
  listen 80;
  root /opt/graphite/static;
  index index.html;

  location /nginx_status {
    stub_status on;
    access_log   off;
    allow 127.0.0.1;
    deny all;
  }

  location /media {
    # django admin static files
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/media/;
  }

  location /admin/auth/admin {
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/static/admin;
  }

  location /admin/auth/user/admin {
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/static/admin;
  }

  location / {
    proxy_pass http://localhost:8080;
    proxy_set_header  Host      $http_host;
    proxy_set_header  X-Real-IP $remote_addr;
    proxy_set_header  X-Forwarded-For $proxy_add_x_forwarded_for;

    add_header 'Access-Control-Allow-Origin' '*';
    add_header 'Access-Control-Allow-Methods' 'GET, POST, OPTIONS';
    add_header 'Access-Control-Allow-Headers' 'Authorization, Content-Type';
    add_header 'Access-Control-Allow-Credentials' 'true';
  }

}
`,
    mistakes: [
      {
        check: 'localhost-ipv6-first',
        line: 27,
        note: 'graphite-web (gunicorn) listens on IPv4 only; the reporter replaced localhost with 127.0.0.1 and the errors stopped; the maintainer shipped that change as 8706be1 ("Fixing #87")',
      },
    ],
    log: `2019/02/08 15:00:39 [error] 45#45: *62 connect() failed (111: Connection refused) while connecting to upstream, client: 10.154.yy.xx, server: , request: "POST /render HTTP/1.1", upstream: "http://[::1]:8080/render", host: "xxx.yy.zz"`,
    note: 'conf/etc/nginx/sites-enabled/graphite-statsd.conf at commit ab8fcd13b5ef6ef3244b72b2bcc81c05d9adfed0 (the parent of the fix). nginx and gunicorn run in the same container, so 127.0.0.1 is right here.',
  },
  {
    source: 'https://github.com/linagora/esn-sabre/pull/192',
    title: 'fastcgi_pass names a versioned socket the pool never creates',
    text: `server {
  listen 80;
  listen [::]:80 default_server ipv6only=on;

  root /var/www;

  server_name _;

  location / {
    add_header 'Access-Control-Allow-Origin' "$http_origin" always;
    add_header 'Access-Control-Allow-Methods' 'OPTIONS, GET, HEAD, DELETE, PROPFIND, PUT, PROPPATCH, COPY, MOVE, REPORT, ITIP, ACL, PATCH, POST' always;
    add_header 'Access-Control-Allow-Headers' 'Depth, Authorization, Content-Type, Accept, Prefer, If-Match, ESNToken, X-Http-Method-Override, Destination, Overwrite' always;
    add_header 'Access-Control-Expose-Headers' 'ETag' always;
    add_header 'Access-Control-Allow-Credentials' 'true' always;
    add_header 'Vary' 'Origin' always;
    add_header 'Allow' 'OPTIONS, GET, HEAD, DELETE, PROPFIND, PUT, PROPPATCH, COPY, MOVE, REPORT, ITIP' always;
    add_header 'Dav' '1, 3, extended-mkcol, access-control, calendarserver-principal-property-search, calendar-access, calendar-proxy, addressbook, calendarserver-subscribed, resource-sharing, calendarserver-sharing, calendar-auto-schedule, calendar-availability' always;
    add_header 'Ms-Author-Via' 'DAV' always;
    add_header 'X-Sabre-Version' '4.0.3' always;

    if ($request_method = 'OPTIONS') {
        return 200;
    }

    fastcgi_pass unix:/var/run/php/php7.4-fpm.sock;
    include fastcgi_params;
    fastcgi_param SCRIPT_FILENAME /var/www/esn.php;
    fastcgi_read_timeout 120s;
    proxy_http_version 1.1;

    # _auth_basic_
  }
}
`,
    mistakes: [
      {
        check: 'fastcgi-socket-mismatch',
        line: 25,
        note: "the image's Dockerfile rewrites the pool to listen = /var/run/php/php-fpm.sock, so the versioned path does not exist; the PR changes this line to unix:/var/run/php/php-fpm.sock",
      },
    ],
    note: "docker/config/nginx.conf at commit aeb3ac288375e4093147b57ce172ce3db87011b1 (the parent of the fix 0c2e1d0). The pool's listen is not in this file (it is set by sed in the Dockerfile), so from the config alone the check can only say the socket names PHP 7.4 and must be compared with the pool's listen. The proxy_http_version line is a no-op under fastcgi_pass; nothing should fire on it.",
    unread:
      "The pool's `listen` is set by sed in the Dockerfile, not in this file; without the pool config or a `No such file` log line the versioned socket looks right.",
  },
  {
    source: 'https://github.com/GrapheneOS/matrix.grapheneos.org/pull/27',
    title: 'Seven keepalive upstreams proxied over the old HTTP/1.0 default',
    text: `load_module modules/ngx_http_brotli_static_module.so;

error_log syslog:server=unix:/run/nginx-error-log,nohostname;
# leave stderr open but minimize duplicate logging to it
error_log stderr emerg;

worker_processes auto;
worker_rlimit_nofile 16384;
worker_shutdown_timeout 1h;

events {
    worker_connections 4096;
}

http {
    root /var/empty;

    include mime.types;
    default_type application/octet-stream;

    charset utf-8;
    charset_types text/css text/javascript text/plain text/xml application/atom+xml;

    sendfile on;
    sendfile_max_chunk 256k;
    tcp_nopush on;
    keepalive_requests 10000;
    keepalive_timeout 0;
    server_tokens off;
    msie_padding off;

    client_max_body_size 1k;
    client_body_buffer_size 1k;
    client_header_buffer_size 1k;
    large_client_header_buffers 2 1k;
    http2_chunk_size 4k;

    reset_timedout_connection on;
    client_body_timeout 15s;
    client_header_timeout 15s;
    send_timeout 30s;

    max_ranges 1;

    resolver [::1];
    resolver_timeout 15s;

    http2_max_concurrent_streams 16;
    limit_conn_status 429;
    limit_conn_zone $binary_remote_addr zone=http-limit:10m;
    limit_conn http-limit 128;

    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256;
    ssl_prefer_server_ciphers on;
    ssl_conf_command Options PrioritizeChaCha;

    ssl_certificate /etc/letsencrypt/live/matrix.grapheneos.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/matrix.grapheneos.org/privkey.pem;

    # managed externally in noswap tmpfs
    ssl_session_ticket_key /etc/tls/session-ticket-keys/4.key;
    ssl_session_ticket_key /etc/tls/session-ticket-keys/3.key;
    ssl_session_ticket_key /etc/tls/session-ticket-keys/2.key;
    ssl_session_ticket_key /etc/tls/session-ticket-keys/1.key;
    ssl_session_ticket_key /etc/tls/session-ticket-keys/next.key;
    ssl_session_timeout 1d;
    ssl_buffer_size 4k;

    log_format main '$connection-$connection_requests $remote_addr $remote_user $ssl_session_reused $ssl_protocol $server_protocol '
        '$host $request_method "$request_uri" $status $request_length $body_bytes_sent/$bytes_sent '
        '$request_time $upstream_connect_time/$upstream_header_time/$upstream_response_time '
        '$upstream_cache_status "$http_referer" "$http_user_agent"';
    access_log syslog:server=unix:/run/nginx-access-log,nohostname main;
    log_subrequest on;
    log_not_found off;

    gzip_proxied any;
    gzip_vary on;

    if_modified_since before;

    aio threads;
    aio_write on;

    upstream synapse-main {
        zone synapse-main 32k;
        server unix:/run/synapse/main_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-sync {
        zone synapse-sync 32k;
        server unix:/run/synapse/sync_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-client_reader {
        zone synapse-client_reader 32k;
        server unix:/run/synapse/client_reader_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-federation_reader {
        zone synapse-federation_reader 32k;
        server unix:/run/synapse/federation_reader_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-media_repository {
        zone synapse-media_repository 32k;
        server unix:/run/synapse/media_repository_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-stream_writer {
        zone synapse-stream_writer 32k;
        server unix:/run/synapse/stream_writer_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    upstream synapse-user_dir {
        zone synapse-user_dir 32k;
        server unix:/run/synapse/user_dir_public.sock max_conns=4096 max_fails=0;
        keepalive 32;
    }

    server {
        listen 80 default_server backlog=4096 fastopen=16 rcvbuf=2048 sndbuf=2048;
        listen [::]:80 default_server backlog=4096 fastopen=16 rcvbuf=2048 sndbuf=2048;

        # https://trac.nginx.org/nginx/ticket/2012
        location / {
            return 421;
        }
    }

    server {
        listen 80;
        listen [::]:80;
        server_name matrix.grapheneos.org element.grapheneos.org;

        location /.well-known/acme-challenge/ {
            root /srv/certbot;
        }

        location / {
            return 301 https://$host$request_uri;
        }
    }

    server {
        listen 443 default_server ssl backlog=4096 fastopen=16;
        listen [::]:443 default_server ssl backlog=4096 fastopen=16;
        http2 on;
        ssl_reject_handshake on;

        # https://trac.nginx.org/nginx/ticket/2012
        location / {
            return 421;
        }
    }

    server {
        listen 443 ssl;
        listen [::]:443 ssl;
        listen unix:/run/nginx/matrix.sock;
        http2 on;
        server_name matrix.grapheneos.org;

        keepalive_timeout 3m;

        include security-headers.conf;
        add_header Cross-Origin-Resource-Policy "same-origin" always;
        add_header Content-Security-Policy "font-src 'none'; manifest-src 'none'; object-src 'none'; script-src 'none'; style-src 'none'; frame-ancestors 'none'" always;
        # obsolete and replaced with Content-Security-Policy frame-ancestors 'none'
        add_header X-Frame-Options "DENY" always;

        location = / {
            return 301 https://grapheneos.org/articles/grapheneos-servers#matrix.grapheneos.org;
        }

        location /_matrix/ {
            # remove security headers that are statically set to the strictest possible values below
            proxy_hide_header Referrer-Policy;
            proxy_hide_header X-Frame-Options;

            include security-headers.conf;
            add_header Content-Security-Policy "font-src 'none'; manifest-src 'none'; object-src 'none'; script-src 'none'; style-src 'none'; frame-ancestors 'none'" always;
            # obsolete and replaced with Content-Security-Policy frame-ancestors 'none'
            add_header X-Frame-Options "DENY" always;
            add_header X-Robots-Tag "none" always;

            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Host $host;
            proxy_connect_timeout 5s;
            proxy_send_timeout 15s;
            proxy_read_timeout 600s;

            # MAX_PDU_SIZE = 65536
            # MAX_REQUEST_SIZE = 200 * MAX_PDU_SIZE
            client_max_body_size 13107200;
            client_body_buffer_size 16k;

            proxy_pass http://synapse-main;

            location ~ ^/_matrix/client/(?:r0|v3)/sync$|^/_matrix/client/(?:api/v1|r0|v3)/events$|^/_matrix/client/(?:api/v1|r0|v3)/initialSync$|^/_matrix/client/(?:api/v1|r0|v3)/rooms/[^/]+/initialSync$|^/_matrix/client/unstable/org.matrix.simplified_msc3575/sync$ {
                proxy_pass http://synapse-sync;
            }

            location ~ ^/_matrix/client/(?:api/v1|r0|v3|unstable)/createRoom$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/publicRooms$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/joined_members$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/context/.*$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/members$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/state$|^/_matrix/client/v1/rooms/.*/hierarchy$|^/_matrix/client/(?:v1|unstable)/rooms/.*/relations/|^/_matrix/client/v1/rooms/.*/threads$|^/_matrix/client/unstable/im.nheko.summary/rooms/.*/summary$|^/_matrix/client/unstable/im.nheko.summary/summary/.*$|^/_matrix/client/(?:r0|v3|unstable)/account/3pid$|^/_matrix/client/(?:r0|v3|unstable)/account/whoami$|^/_matrix/client/(?:r0|v3|unstable)/account/deactivate$|^/_matrix/client/(?:r0|v3)/delete_devices$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/devices(?:/|$)|^/_matrix/client/versions$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/voip/turnServer$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/event/|^/_matrix/client/(?:api/v1|r0|v3|unstable)/joined_rooms$|^/_matrix/client/v1/rooms/.*/timestamp_to_event$|^/_matrix/client/(?:api/v1|r0|v3|unstable/.*)/rooms/.*/aliases|^/_matrix/client/(?:api/v1|r0|v3|unstable)/search$|^/_matrix/client/(?:r0|v3|unstable)/user/.*/filter(?:/|$)|^/_matrix/client/(?:api/v1|r0|v3|unstable)/directory/room/.*$|^/_matrix/client/(?:r0|v3|unstable)/capabilities$|^/_matrix/client/(?:r0|v3|unstable)/notifications$|^/_matrix/client/(?:r0|v3|unstable)/keys/query$|^/_matrix/client/(?:r0|v3|unstable)/keys/changes$|^/_matrix/client/(?:r0|v3|unstable)/keys/claim$|^/_matrix/client/(?:r0|v3|unstable)/room_keys/|^/_matrix/client/(?:r0|v3|unstable)/keys/upload|^/_matrix/client/(?:api/v1|r0|v3|unstable)/keys/device_signing/upload$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/keys/signatures/upload$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/login$|^/_matrix/client/(?:r0|v3|unstable)/register$|^/_matrix/client/(?:r0|v3|unstable)/register/available$|^/_matrix/client/v1/register/m.login.registration_token/validity$|^/_matrix/client/(?:r0|v3|unstable)/password_policy$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/redact|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/send|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/state/|^/_matrix/client/(?:api/v1|r0|v3|unstable)/rooms/.*/(?:join|invite|leave|ban|unban|kick)$|^/_matrix/client/(?:api/v1|r0|v3|unstable)/join/|^/_matrix/client/(?:api/v1|r0|v3|unstable)/knock/|^/_matrix/client/(?:api/v1|r0|v3|unstable)/profile/|^/_matrix/client/unstable/org.matrix.msc4140/delayed_events(?:/.*/restart)?$|^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/messages$ {
                proxy_pass http://synapse-client_reader;
            }

            location ~ ^/_matrix/federation/v1/version$|^/_matrix/federation/v1/event/|^/_matrix/federation/v1/state/|^/_matrix/federation/v1/state_ids/|^/_matrix/federation/v1/backfill/|^/_matrix/federation/v1/get_missing_events/|^/_matrix/federation/v1/publicRooms|^/_matrix/federation/v1/query/|^/_matrix/federation/v1/make_join/|^/_matrix/federation/v1/make_leave/|^/_matrix/federation/(:?v1|v2)/send_join/|^/_matrix/federation/(:?v1|v2)/send_leave/|^/_matrix/federation/v1/make_knock/|^/_matrix/federation/v1/send_knock/|^/_matrix/federation/(:?v1|v2)/invite/|^/_matrix/federation/v1/event_auth/|^/_matrix/federation/v1/timestamp_to_event/|^/_matrix/federation/v1/exchange_third_party_invite/|^/_matrix/federation/v1/user/devices/|^/_matrix/key/v2/query|^/_matrix/federation/v1/hierarchy/|^/_matrix/federation/v1/send/ {
                proxy_pass http://synapse-federation_reader;
            }

            location ~ ^/_matrix/media/|^/_matrix/client/v1/media/|^/_matrix/federation/v1/media/ {
                client_max_body_size 100m;
                proxy_pass http://synapse-media_repository;
            }

            location ~ ^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/typing|^/_matrix/client/(r0|v3|unstable)/sendToDevice/|^/_matrix/client/(r0|v3|unstable)/.*/tags|^/_matrix/client/(r0|v3|unstable)/.*/account_data|^/_matrix/client/(r0|v3|unstable)/rooms/.*/receipt|^/_matrix/client/(r0|v3|unstable)/rooms/.*/read_markers|^/_matrix/client/(api/v1|r0|v3|unstable)/presence/|^/_matrix/client/(api/v1|r0|v3|unstable)/pushrules/|^/_matrix/client/(r0|v3)/delete_devices$|^/_matrix/client/(api/v1|r0|v3|unstable)/devices(/|$)|^/_matrix/client/(r0|v3|unstable)/keys/upload|^/_matrix/client/(api/v1|r0|v3|unstable)/keys/device_signing/upload$|^/_matrix/client/(api/v1|r0|v3|unstable)/keys/signatures/upload$ {
                proxy_pass http://synapse-stream_writer;
            }

            location ~ ^/_matrix/client/(r0|v3|unstable)/user_directory/search$ {
                proxy_pass http://synapse-user_dir;
            }
        }

        location /_synapse/admin/ {
            allow unix:;
            deny all;

            # remove security headers that are statically set to the strictest possible values below
            proxy_hide_header Referrer-Policy;
            proxy_hide_header X-Frame-Options;

            include security-headers.conf;
            add_header Content-Security-Policy "font-src 'none'; manifest-src 'none'; object-src 'none'; script-src 'none'; style-src 'none'; frame-ancestors 'none'" always;
            # obsolete and replaced with Content-Security-Policy frame-ancestors 'none'
            add_header X-Frame-Options "DENY" always;
            add_header X-Robots-Tag "none" always;

            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Host $host;
            proxy_connect_timeout 5s;
            proxy_send_timeout 15s;
            proxy_read_timeout 600s;

            # MAX_PDU_SIZE = 65536
            # MAX_REQUEST_SIZE = 200 * MAX_PDU_SIZE
            client_max_body_size 13107200;
            client_body_buffer_size 16k;

            proxy_pass http://synapse-main;

            location ~ ^/_synapse/admin/v1/rooms/[^/]+$ {
                proxy_pass http://synapse-client_reader;
            }

            location ~ ^/_synapse/admin/v1/purge_media_cache$|^/_synapse/admin/v1/room/.*/media.*$|^/_synapse/admin/v1/user/.*/media.*$|^/_synapse/admin/v1/media/.*$|^/_synapse/admin/v1/quarantine_media/.*$|^/_synapse/admin/v1/users/.*/media$ {
                proxy_pass http://synapse-media_repository;
            }
        }

        location / {
            return 404;
        }
    }

    server {
        listen 443 ssl;
        listen [::]:443 ssl;
        http2 on;
        server_name element.grapheneos.org;

        include root_element.grapheneos.org.conf;

        keepalive_timeout 3m;

        include security-headers.conf;
        add_header Cross-Origin-Resource-Policy "cross-origin" always;
        add_header Content-Security-Policy "font-src 'self'; manifest-src 'self'; object-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'" always;
        # obsolete and replaced with Content-Security-Policy frame-ancestors 'self'
        add_header X-Frame-Options "SAMEORIGIN" always;
        add_header X-Robots-Tag "none" always;

        location ~ '\\.(?:css|html|ico|js|json|map|svg|txt|wasm|xml)$' {
            gzip_static on;
            brotli_static on;
        }
    }

    server {
        listen unix:/run/nginx/status.sock;

        access_log off;

        location = / {
            stub_status;
        }

        location / {
            return 404;
        }
    }
}
`,
    mistakes: [
      {
        check: 'keepalive-without-http11',
        line: 89,
        note: 'every upstream has keepalive 32; the /_matrix/ and /_synapse/admin/ locations that proxy_pass to them set neither proxy_http_version 1.1 nor Connection ""; the PR adds both there',
      },
    ],
    note: "nginx/nginx.conf at commit d1c5938c220c5a85f8539b8d1acf4e8a9fccd135 (the parent of the PR's commit cec391c). Not a 502 thread: the PR says the pool is never reused. The PR was closed without merging and the main branch still lacks the two directives; GrapheneOS runs current mainline nginx, where 1.29.7 made HTTP/1.1 and no Connection header the defaults, so the check must fire only when the nginx version is below 1.29.7 or unknown (and then say so). Includes (mime.types, security-headers.conf, root_element.grapheneos.org.conf) are not in the paste.",
  },
  {
    source: 'https://github.com/alibaba/tengine/issues/1014',
    title: 'HTTPS upstream group of Cloudflare IPs, no SNI sent',
    text: `> upstream ws {
> 	server 104.16.19.234:443;
> 	server 104.16.18.234:443;
> 	server 104.16.10.234:443;
> 	server 104.16.11.234:443;
>  
>  }
>  
>  
>  server {
>          listen      80; 
>  
> location /{
> 	proxy_pass_header	Server;
> 	proxy_pass			https://ws;
> 	proxy_set_header	Host "cloudflareapi.com";
> 	proxy_set_header	X-Real-IP $remote_addr;
> 	proxy_set_header	X-Scheme $scheme;
> 		}
> 	}
> `,
    mistakes: [
      {
        check: 'ssl-upstream-without-sni',
        line: 15,
        note: 'the reporter fixed it by adding proxy_ssl_server_name on and proxy_ssl_name; the maintainer closed it as resolved',
      },
    ],
    note: 'Posted as a markdown quote: every line starts with "> " (some with ">  "), so the reader must strip the quote marks before parsing. Cloudflare answered 403 here rather than failing the handshake, so no 502 was seen; the mistake is the same one. The host is an upstream name, so the fix needs proxy_ssl_name as well as proxy_ssl_server_name on.',
  },
  {
    source: 'https://github.com/wplib/wplib-box/issues/252',
    title: "Proxy's nginx.conf raises fastcgi_read_timeout, not proxy_read_timeout",
    text: `user  nginx;
worker_processes  1;

error_log  /var/log/nginx/error.log warn;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        off;
    client_max_body_size 100M;
    fastcgi_read_timeout 9999;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}`,
    mistakes: [
      {
        check: 'read-timeout-too-short',
        line: 25,
        note: "this nginx is the box's reverse proxy: requests went out with proxy_pass (in the conf.d vhost, not posted), so the raised FastCGI timeout does nothing and proxy_read_timeout stays at its 60 s default; the maintainer named the missing proxy_read_timeout as the cause of the 504s after about 30-60 s",
      },
    ],
    note: "The file has no proxy_pass of its own (the vhost is in an include that was not posted), so the wrong-module finding needs the person's answer that this nginx proxies, or the 504 log line naming an http:// upstream. The worker_connections 1024 with no worker_rlimit_nofile must not fire on its own (1024 × 2 is within the usual 65536 nofile of the official image; nothing in the thread shows exhaustion).",
    unread:
      'The vhost that proxies is not in the paste; only the 504 log line (an `http://` upstream) would show that `proxy_read_timeout`, not `fastcgi_read_timeout`, is the one in force.',
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/201',
    title: 'nginx-proxy generated an upstream whose only server is down',
    text: `...
upstream z.y.com {                                                      
                # test_1
                server 172.17.0.2 down;
}  
...`,
    mistakes: [
      {
        check: 'server-marked-down',
        line: 4,
        note: "nginx-proxy writes the server as down when the container exposes several ports and none is 80; the maintainer's answer (set VIRTUAL_PORT) fixed it for the poster",
      },
    ],
    note: 'An excerpt of the generated /etc/nginx/conf.d/default.conf: the poster\'s own "..." lines stand for the cut parts and are not nginx syntax, and several lines end in trailing spaces as posted. The fix is on the docker side (VIRTUAL_PORT), not an edit of this file.',
  },
  {
    source: 'https://github.com/nginx-proxy/nginx-proxy/issues/1000',
    title: "fastcgi_pass to another nginx's HTTP port",
    text: `fastcgi_pass  nginx-proxy:80`,
    mistakes: [
      {
        check: 'protocol-mismatch',
        line: 1,
        note: "nginx-proxy listens for HTTP on port 80; FastCGI sent there gets an HTTP reply, which nginx reads as protocol version 72 ('H'); fastcgi_pass php:9000 straight to PHP-FPM worked",
      },
    ],
    log: `2017/12/13 03:41:53 [error] 110#110: *69 upstream sent unsupported FastCGI protocol version: 72 while reading response header from upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://172.25.0.3:80", host: "localhost"`,
    note: 'A single directive quoted inline in the question, without its semicolon, as posted. The reporter worked out the cause in the next comment (the front nginx speaks FastCGI to a proxy that only speaks HTTP).',
  },
  {
    source: 'https://github.com/iv-org/invidious/issues/604',
    title: 'Connection "Upgrade" sent on every proxied request',
    text: `    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection "Upgrade";`,
    mistakes: [
      {
        check: 'connection-header-forced',
        line: 2,
        note: "the commenter replaced it with Connection $http_connection and the 'upstream prematurely closed connection while reading upstream' errors stopped",
      },
    ],
    note: "Two lines from a comment (the 'Changed:' half of a before/after). No upstream block is shown, so the check can only say the header is forced for every request, not that it breaks a keepalive pool.",
  },
  {
    source: 'https://github.com/elastic/kibana/issues/4998',
    title: 'Kibana upstream on localhost with keepalive',
    text: `upstream kibana {
	server localhost:5601 fail_timeout=5;
	keepalive 64;
}

server {
	listen 443;
	listen [::]:443;

	server_name kibana.example.com;
	location / {
		proxy_pass http://kibana;
		proxy_set_header  Connection "Keep-Alive";
		proxy_set_header  Proxy-Connection "Keep-Alive";
		proxy_set_header  Connection "";
		proxy_set_header  X-Real-IP  $remote_addr;
		proxy_set_header  X-Forwarded-For $proxy_add_x_forwarded_for;
		proxy_set_header  Host $http_host;
		proxy_pass_header Access-Control-Allow-Origin;
		proxy_pass_header Access-Control-Allow-Methods;
		proxy_hide_header Access-Control-Allow-Headers;
		add_header        Access-Control-Allow-Headers 'X-Requested-With, Content-Type';
		add_header        Access-Control-Allow-Credentials true;
	}
}`,
    mistakes: [
      {
        check: 'localhost-ipv6-first',
        line: 2,
        note: 'the log in the same post shows nginx trying http://[::1]:5601 and being refused: Kibana 4 listened on IPv4 only',
      },
      {
        check: 'keepalive-without-http11',
        line: 3,
        note: 'no proxy_http_version 1.1 in the location (nginx 1.8.0 here), so the pool is never used even though Connection is cleared',
      },
      {
        check: 'max-fails-single-server',
        line: 2,
        note: 'follows from localhost: the group has two peers (127.0.0.1 and ::1) of which one can answer, and max_fails is the default 1, so one error on the IPv4 peer leaves no live server for 5 s',
      },
    ],
    log: `2015/09/22 09:22:38 [error] 10626#0: *186124 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: kibana.example.com, request: "GET / HTTP/1.1", upstream: "http://[::1]:5601/", host: "kibana.example.com"`,
    note: 'The resolution comment is not in view; the post\'s own log line ([::1] refused) with localhost in the upstream is the evidence. Connection is set twice ("Keep-Alive", then ""): nginx sends both header lines, and the forced Keep-Alive value is a borderline connection-header-forced case left unlabelled because the empty value follows.',
  },
  {
    source: 'https://github.com/geerlingguy/ansible-role-php/issues/73',
    title: 'Socket in nginx, TCP in the pool after a role update',
    text: `location ~ \\.php$ {
        try_files $uri /index.php =404;
        fastcgi_split_path_info ^(.+\\.php)(/.+)$;
        fastcgi_pass unix:/var/run/php5-fpm.sock;
        fastcgi_index index.php;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        include fastcgi_params;
    }`,
    mistakes: [
      {
        check: 'fastcgi-socket-mismatch',
        line: 4,
        note: "the role's new default made PHP-FPM listen on 127.0.0.1:9000, so the socket nginx names no longer exists; the maintainer's answer was to set php_fpm_listen back to the socket (or point nginx at the TCP address)",
      },
    ],
    log: `2016/01/22 18:57:43 [crit] 6648#0: *9 connect() to unix:/var/run/php5-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: <IP>, server: <HOST>, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:", host: "<HOST>"`,
    note: "The pool's listen is not in the paste (only the thread names it), so from the config alone the check can only ask the person to compare this path with the pool's listen; the log line (2: No such file or directory) confirms it. The paste's first line is unindented and the closing brace indented by four, as posted.",
  },
  {
    source: 'https://github.com/openresty/lua-nginx-module/issues/958',
    title: 'proxy_pass to a variable host with no resolver',
    text: `server {
        listen 9090;
        location / {
            set $target 'www.baidu.com';
            proxy_pass http://$target;
        }
}`,
    mistakes: [
      {
        check: 'variable-pass-without-resolver',
        line: 5,
        note: 'a variable host is resolved per request, which needs a resolver; none is set, so nginx answers 502 (its log says no resolver defined to resolve www.baidu.com); the same host written literally worked for the reporter',
      },
    ],
    note: '"Section B" of the question (section A sets the variable from Lua and fails the same way). The answer comment is not in view; the question itself shows the contrast (literal host works, variable host gives 502), which is what a missing resolver does.',
  },
  {
    source: 'https://github.com/alibaba/tengine/issues/880',
    title: "nginx's user left at its default, PHP socket refused",
    text: `#user  nobody;`,
    mistakes: [
      {
        check: 'socket-owner-mismatch',
        line: 1,
        note: 'the user directive is commented out, so workers run as the built-in default (nobody) and cannot open php7.1-fpm.sock, whose pool is www-data; the commenter fixed it with user www-data;',
      },
    ],
    log: `2018/03/10 19:53:56 [crit] 6979#0: *806 connect() to unix:/run/php/php7.1-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 157.119.xxx.xx, server: xxx.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php7.1-fpm.sock:", host: "view.2heng.xin", referrer: "https://xxx.com"`,
    note: "A one-line paste: the first line of nginx.conf, a comment. The check has to work from the absence of an active user directive (effective user nobody, or the build's --user) and the log's 13: Permission denied; the pool's listen.owner/group are not posted. It points at the commented line because that is where the fix goes.",
    unread:
      "The mistake is between nginx's `user` and the PHP-FPM pool's `listen.owner`; the thread posts no pool, and socket-owner-mismatch needs one pasted with the config.",
  },
  {
    source: 'https://github.com/CampbellSoftwareSolutions/docker-osticket/issues/22',
    title: 'fastcgi_pass to [::] while PHP-FPM listens on IPv4',
    text: `fastcgi_pass   [::]:9000;`,
    mistakes: [
      {
        check: 'localhost-ipv6-first',
        line: 1,
        note: 'connecting to [::] reaches the IPv6 loopback; PHP-FPM in the image listens on 127.0.0.1:9000, so every request is refused; the report asks for 127.0.0.1:9000 instead',
      },
    ],
    note: "One line from the image's shipped nginx config, quoted in the issue. Not localhost by name, but the same mistake the check describes: an IPv6 loopback target for an IPv4-only backend. Borderline choice of id; if a separate id for the unspecified address is ever added, move it there.",
  },
  {
    source: 'https://github.com/rolling-scopes/rsschool-app/pull/3084',
    title: "Upstream pool kept 60 s idle in front of Node's 5 s",
    text: `user  nginx;
worker_processes  4;

error_log  /var/log/nginx/error.log info;
pid        /var/run/nginx.pid;

events {
  worker_connections  1024;
}

http {
  map $sent_http_content_type $expires {
    default                    off;
    text/html                  epoch;
    text/css                   max;
    application/javascript     max;
    ~image/                    1d;
  }

  upstream client_target {
    server client:8080;
  }

  upstream nestjs_target {
    server nestjs:8080;
    # Pool of idle keep-alive connections to the API container. Without it every
    # proxied request opens a new TCP connection (proxy defaults to HTTP/1.0).
    keepalive 32;
  }

  default_type application/octet-stream;

  server_tokens off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  types_hash_max_size 2048;
  access_log off;
  open_file_cache max=100;
  client_max_body_size 50m;
  proxy_read_timeout 120s;
  proxy_send_timeout 120s;

  server {
    listen 8080;
    server_name app.rs.school;

    location /.well-known/acme-challenge/ {
      root /var/www/certbot;
    }

    location / {
      return 301 https://$host$request_uri;
    }
  }

  server {
    listen 443 ssl http2;
    ssl_certificate /etc/letsencrypt/live/app.rs.school/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/app.rs.school/privkey.pem;

    server_name app.rs.school;

    keepalive_timeout 300;

    server_tokens off;
    etag off;
    expires $expires;

    gzip  on;
    gzip_comp_level 5;
    gzip_min_length 1100;
    gzip_buffers    16 32k;
    gzip_proxied any;
    gzip_types
      text/css
      text/javascript
      text/xml
      text/plain
      text/x-component
      application/json
      application/javascript
      application/xml
      application/rss+xml
      font/truetype
      font/opentype
      application/vnd.ms-fontobject
      image/svg+xml;

    gzip_static on;
    gzip_vary   on;

    add_header X-Request-Time $request_time;

    location /api/v2/ {
      rewrite ^(.*)\\/api/v2(\\/.+)$ $1$2 break;
      # HTTP/1.1 + cleared Connection header are required for upstream keepalive to engage.
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_pass http://nestjs_target;
    }

    location /certificate/ {
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_pass http://nestjs_target;
    }

    location / {
      proxy_set_header x-domain app;
      proxy_pass http://client_target;
    }
  }

  server {
    listen 443 ssl http2;
    ssl_certificate /etc/letsencrypt/live/job.rs.school/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/job.rs.school/privkey.pem;

    server_name job.rs.school;

    keepalive_timeout 300;

    server_tokens off;
    etag off;
    expires $expires;

    gzip  on;
    gzip_comp_level 5;
    gzip_min_length 1100;
    gzip_buffers    16 32k;
    gzip_proxied any;
    gzip_types
      text/css
      text/javascript
      text/xml
      text/plain
      text/x-component
      application/json
      application/javascript
      application/xml
      application/rss+xml
      font/truetype
      font/opentype
      application/vnd.ms-fontobject
      image/svg+xml;

    gzip_static on;
    gzip_vary   on;

    add_header X-Request-Time $request_time;

    location /api/v2/ {
      rewrite ^(.*)\\/api/v2(\\/.+)$ $1$2 break;
      # HTTP/1.1 + cleared Connection header are required for upstream keepalive to engage.
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_pass http://nestjs_target;
    }

    location / {
      proxy_set_header x-domain job;
      proxy_pass http://client_target;
    }
  }
}
`,
    mistakes: [
      {
        check: 'keepalive-timeout-over-backend-idle',
        line: 28,
        note: "keepalive 32 with the upstream keepalive_timeout left at 60 s, while the NestJS (Node) backend closes idle connections after 5 s; the PR's second commit adds keepalive_timeout 4s to this upstream because a reused connection Node is closing makes non-idempotent requests fail with 502",
      },
    ],
    note: "setup/nginx/nginx.conf at commit fa68bf86a37cfb4a899c0a10bce674644b721b91, the PR branch's first commit (keepalive added, idle cap not yet); the PR was squash-merged as c01440a5. The backend's idle timeout is not in the file, so the check needs the person's answer (backend=node) or the log. The keepalive_timeout 65 in http{} and 300 in server{} are client-side and must not be read as the upstream's. The compose names (client:8080, nestjs:8080) without resolve may also raise hostname-resolved-once; the thread does not show that failure, so it is not labelled.",
  },
  {
    source: 'https://github.com/zelytra/BetterFleet/pull/836',
    title: 'The same site after the buffer fix (shipped file)',
    text: `# WebSocket upgrade: only send "Connection: upgrade" for real upgrade requests, "close" otherwise.
map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
}

# Preserve the real client scheme set by the TLS-terminating layer in front of this proxy;
# fall back to this listener's scheme when the header is absent.
map $http_x_forwarded_proto $forwarded_scheme {
    default $http_x_forwarded_proto;
    ''      $scheme;
}

server {

    server_name betterfleet.fr;

    server_tokens off;

    gzip on;
    gzip_proxied any;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_types application/json application/javascript text/css text/plain application/xml image/svg+xml;

    location / {
        proxy_pass http://127.0.0.1:2602;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $forwarded_scheme;

        # Upstream response headers can outgrow nginx's 4k default buffer, and an overflow does not
        # degrade - it 502s the request outright ("upstream sent too big header"). Keycloak's
        # /openid-connect/auth 302 is the proven case (#833: AUTH_SESSION_ID + KC_RESTART, a JWT +
        # KEYCLOAK_IDENTITY + KEYCLOAK_SESSION overflowed 4k and locked a player out of sign-in),
        # so every proxied location gets the same headroom.
        proxy_buffer_size       16k;
        proxy_buffers        8  16k;
        proxy_busy_buffers_size 32k;
    }

    location /api {
        rewrite /api/(.*) /$1  break;
        proxy_pass http://127.0.0.1:2601;
        proxy_redirect     off;
        proxy_set_header   Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $forwarded_scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        # Socket conf
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_hide_header 'Access-Control-Allow-Origin';
        proxy_http_version 1.1;
        proxy_connect_timeout 7d;
        proxy_send_timeout 7d;
        proxy_read_timeout 7d;

        # Upstream response headers can outgrow nginx's 4k default buffer, and an overflow does not
        # degrade - it 502s the request outright ("upstream sent too big header"). Keycloak's
        # /openid-connect/auth 302 is the proven case (#833: AUTH_SESSION_ID + KC_RESTART, a JWT +
        # KEYCLOAK_IDENTITY + KEYCLOAK_SESSION overflowed 4k and locked a player out of sign-in),
        # so every proxied location gets the same headroom.
        proxy_buffer_size       16k;
        proxy_buffers        8  16k;
        proxy_busy_buffers_size 32k;
    }


    location /auth {
        #rewrite /auth/(.*) /$1  break;
        proxy_pass http://127.0.0.1:2604;
        proxy_redirect     off;
        proxy_set_header    Host                $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $forwarded_scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;

        # Upstream response headers can outgrow nginx's 4k default buffer, and an overflow does not
        # degrade - it 502s the request outright ("upstream sent too big header"). Keycloak's
        # /openid-connect/auth 302 is the proven case (#833: AUTH_SESSION_ID + KC_RESTART, a JWT +
        # KEYCLOAK_IDENTITY + KEYCLOAK_SESSION overflowed 4k and locked a player out of sign-in),
        # so every proxied location gets the same headroom.
        proxy_buffer_size       16k;
        proxy_buffers        8  16k;
        proxy_busy_buffers_size 32k;
    }

    listen [::]:80;
    listen 80;
}
`,
    mistakes: [],
    note: 'deployment/nginx.conf at commit a11856716faeb747198c04a6862ace3aa33e4bc7. Borderline: the map sends "Connection: close" to non-upgrade requests; that is harmless here (no upstream keepalive), so connection-header-forced must not fire on a map that gives upgrade only to upgrade requests. nginx runs on the host (backends on 127.0.0.1 ports), so no loopback-in-container.',
  },
  {
    source: 'https://github.com/graphite-project/docker-graphite-statsd/issues/87',
    title: 'The same site file after the fix (127.0.0.1)',
    text: `server {
  listen 80;
  root /opt/graphite/static;
  index index.html;

  location /nginx_status {
    stub_status on;
    access_log   off;
    allow 127.0.0.1;
    deny all;
  }

  location /media {
    # django admin static files
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/media/;
  }

  location /admin/auth/admin {
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/static/admin;
  }

  location /admin/auth/user/admin {
    alias /usr/local/lib/python3.6/dist-packages/django/contrib/admin/static/admin;
  }

  location / {
    proxy_pass http://127.0.0.1:8080;
    proxy_set_header  Host      $http_host;
    proxy_set_header  X-Real-IP $remote_addr;
    proxy_set_header  X-Forwarded-For $proxy_add_x_forwarded_for;

    add_header 'Access-Control-Allow-Origin' '*';
    add_header 'Access-Control-Allow-Methods' 'GET, POST, OPTIONS';
    add_header 'Access-Control-Allow-Headers' 'Authorization, Content-Type';
    add_header 'Access-Control-Allow-Credentials' 'true';
  }

}
`,
    mistakes: [],
    note: 'conf/etc/nginx/sites-enabled/graphite-statsd.conf at commit 8706be15f083b61fa7c1118c66a2ddcbdb3d5738, shipped as v1.1.5-7. nginx and graphite-web share one container, so 127.0.0.1 must not raise loopback-in-container.',
  },
  {
    source:
      'https://github.com/getsentry/self-hosted/blob/068b91e2afbc3b9cf3a9447f208ee027ab73aecb/nginx.conf',
    title: 'Sentry self-hosted: compose upstreams with resolve and keepalive done right',
    text: `user nginx;
worker_processes auto;

error_log /var/log/nginx/error.log warn;
pid /var/run/nginx.pid;


events {
	worker_connections 1024;
}


http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;

	log_format main '$remote_addr - $remote_user [$time_local] "$request" '
	'$status $body_bytes_sent "$http_referer" '
	'"$http_user_agent" "$http_x_forwarded_for"';

	access_log /var/log/nginx/access.log main;

	sendfile on;
	tcp_nopush on;
	tcp_nodelay on;
	reset_timedout_connection on;

	keepalive_timeout 75s;

	gzip off;
	server_tokens off;

	server_names_hash_bucket_size 64;
	types_hash_max_size 2048;
	types_hash_bucket_size 64;
	client_body_buffer_size 64k;
	client_max_body_size 100m;

	proxy_http_version 1.1;
	proxy_redirect off;
	proxy_buffer_size          128k;
	proxy_buffers              4 256k;
	proxy_busy_buffers_size    256k;

	# Docker default address pools
	# https://github.com/moby/libnetwork/blob/3797618f9a38372e8107d8c06f6ae199e1133ae8/ipamutils/utils.go#L10-L22
	set_real_ip_from 172.17.0.0/16;
	set_real_ip_from 172.18.0.0/16;
	set_real_ip_from 172.19.0.0/16;
	set_real_ip_from 172.20.0.0/14;
	set_real_ip_from 172.24.0.0/14;
	set_real_ip_from 172.28.0.0/14;
	set_real_ip_from 192.168.0.0/16;
	set_real_ip_from 10.0.0.0/8;
	real_ip_header X-Forwarded-For;
	real_ip_recursive on;

	# Remove the Connection header if the client sends it,
	# it could be "close" to close a keepalive connection
	proxy_set_header Connection '';
	proxy_set_header Host $host;
	proxy_set_header X-Forwarded-For $remote_addr;
	proxy_set_header X-Forwarded-Proto $scheme;
	proxy_set_header X-Request-Id $request_id;
	proxy_read_timeout 90s;
	proxy_send_timeout 5s;

	# Without "resolve", nginx looks the service names up once at startup and keeps that address
	# for the life of the worker process. Docker does not guarantee a container the same address
	# across starts, so nginx can end up proxying to a container that no longer owns it and
	# answer every request with 502 until someone restarts nginx by hand.
	# "resolve" needs a resolver, and 127.0.0.11 is Docker's embedded DNS, which is the only
	# thing on a Compose network that knows the service names. The nginx image itself assumes it,
	# see /docker-entrypoint.d/15-local-resolvers.envsh.
	# There are no AAAA records worth waiting for on a Compose network.
	resolver 127.0.0.11 valid=10s ipv6=off;

	upstream relay {
		# "resolve" requires the upstream group in shared memory, hence "zone".
		zone relay 64k;
		server relay:3000 resolve;
		keepalive 2;
	}

	upstream sentry {
		zone sentry 64k;
		server web:9000 resolve;
		keepalive 2;
	}

	server {
		listen 80;

		location /api/store/ {
			proxy_pass http://relay;
		}
		location ~ ^/api/[1-9]\\d*/ {
			proxy_pass http://relay;
		}
		location ^~ /api/0/relays/ {
			proxy_pass http://relay;
		}
		location ^~ /js-sdk/ {
			root /var/www/;
			# This value is set to mimic the behavior of the upstream Sentry CDN. For security reasons,
			# it is recommended to change this to your Sentry URL (in most cases same as system.url-prefix).
			add_header Access-Control-Allow-Origin *;
		}
		location / {
			proxy_pass http://sentry;
		}
		location /_assets/ {
			proxy_pass http://sentry/_static/dist/sentry/;
			proxy_hide_header Content-Disposition;
		}
		location /_static/ {
			proxy_pass http://sentry;
			proxy_hide_header Content-Disposition;
		}
	}
}
`,
    mistakes: [],
    note: "Shipped file, nginx.conf at commit 068b91e2afbc3b9cf3a9447f208ee027ab73aecb. Things that must not fire: keepalive is paired with proxy_http_version 1.1 and Connection '' set at http level (inherited by every location, none of which sets its own proxy_set_header); compose names with \"resolve\", a zone and resolver 127.0.0.11, so hostname-resolved-once must stay quiet; keepalive-timeout-over-backend-idle needs the backend's idle timeout, which is not here. The client keepalive_timeout 75s is the client side.",
  },
  {
    source:
      'https://github.com/benoitc/gunicorn/blob/014899cc03599325af7c409d6a50761fc00cec5d/examples/nginx.conf',
    title: "Gunicorn's example: upstream on a unix socket",
    text: `# This is example contains the bare minimum to get nginx going with
# Gunicornservers.  

worker_processes 1;

# # drop privileges, root is needed on most systems for binding to port 80
# # (or anything < 1024).  Capability-based security may be available for
# # your system and worth checking out so you won't need to be root to
# # start nginx to bind on 80
user nobody nogroup; # for systems with a "nogroup"
# user nobody nobody; # for systems with "nobody" as a group instead

# Feel free to change all paths to suite your needs here, of course
pid /tmp/nginx.pid;
error_log /tmp/nginx.error.log;

events {
  worker_connections 1024; # increase if you have lots of clients
  accept_mutex off; # "on" if nginx worker_processes > 1
  # use epoll; # enable for Linux 2.6+
  # use kqueue; # enable for FreeBSD, OSX
}

http {
  # nginx will find this file in the config directory set at nginx build time
  include mime.types;

  # fallback in case we can't determine a type
  default_type application/octet-stream;

  # click tracking!
  access_log /tmp/nginx.access.log combined;

  # you generally want to serve static files with nginx since neither
  # Unicorn nor Rainbows! is optimized for it at the moment
  sendfile on;

  tcp_nopush on; # off may be better for *some* Comet/long-poll stuff
  tcp_nodelay off; # on may be better for some Comet/long-poll stuff

  # we haven't checked to see if Rack::Deflate on the app server is
  # faster or not than doing compression via nginx.  It's easier
  # to configure it all in one place here for static files and also
  # to disable gzip for clients who don't get gzip/deflate right.
  # There are other other gzip settings that may be needed used to deal with
  # bad clients out there, see http://wiki.nginx.org/NginxHttpGzipModule
  gzip on;
  gzip_http_version 1.0;
  gzip_proxied any;
  gzip_min_length 500;
  gzip_disable "MSIE [1-6]\\.";
  gzip_types text/plain text/html text/xml text/css
             text/comma-separated-values
             text/javascript application/x-javascript
             application/atom+xml;

  # this can be any application server, not just Unicorn/Rainbows!
  upstream app_server {
    # fail_timeout=0 means we always retry an upstream even if it failed
    # to return a good HTTP response (in case the Unicorn master nukes a
    # single worker for timing out).

    # for UNIX domain socket setups:
    server unix:/tmp/gunicorn.sock fail_timeout=0;

    # for TCP setups, point these to your backend servers
    # server 192.168.0.7:8080 fail_timeout=0;
    # server 192.168.0.8:8080 fail_timeout=0;
    # server 192.168.0.9:8080 fail_timeout=0;
  }

  server {
    # listen 80 default deferred; # for Linux
    # listen 80 default accept_filter=httpready; # for FreeBSD
    listen 80 default;

    client_max_body_size 4G;
    server_name _;

    # ~2 seconds is often enough for most folks to parse HTML/CSS and
    # retrieve needed images/icons/frames, connections are cheap in
    # nginx so increasing this is generally safe...
    keepalive_timeout 5;

    # path for static files
    root /path/to/app/current/public;

    location / {
      # an HTTP header important enough to have its own Wikipedia entry:
      #   http://en.wikipedia.org/wiki/X-Forwarded-For
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;

      # enable this if and only if you use HTTPS, this helps Rack
      # set the proper protocol for doing redirects:
      # proxy_set_header X-Forwarded-Proto https;

      # pass the Host: header from the client right along so redirects
      # can be set properly within the Rack application
      proxy_set_header Host $http_host;

      # we don't want nginx trying to do something clever with
      # redirects, we set the Host: header above already.
      proxy_redirect off;

      # set "proxy_buffering off" *only* for Rainbows! when doing
      # Comet/long-poll stuff.  It's also safe to set if you're
      # using only serving fast clients with Unicorn + nginx.
      # Otherwise you _want_ nginx to buffer responses to slow
      # clients, really.
      # proxy_buffering off;

      # Try to serve static files from nginx, no point in making an
      # *application* server like Unicorn/Rainbows! serve static files.
      proxy_pass http://app_server;
    }

    # Error pages
    error_page 500 502 503 504 /500.html;
    location = /500.html {
      root /path/to/app/current/public;
    }
  }
}
`,
    mistakes: [],
    note: 'Shipped example, examples/nginx.conf at commit 014899cc03599325af7c409d6a50761fc00cec5d. Must not fire: the commented-out TCP servers; keepalive_timeout 5 is the client-side timeout in server{}, not an upstream one; a single unix-socket server with fail_timeout=0 is exempt from failure accounting; worker_connections 1024 without worker_rlimit_nofile is not a finding by itself.',
  },
  {
    source:
      'https://github.com/mastodon/mastodon/blob/0061c555b721831a26b3dd95e7ed8742acc9c7df/dist/nginx.conf',
    title: "Mastodon's shipped site: 127.0.0.1 upstreams and an upgrade map",
    text: `map $http_upgrade $connection_upgrade {
  default upgrade;
  ''      close;
}

upstream backend {
    server 127.0.0.1:3000 fail_timeout=0;
}

upstream streaming {
    server 127.0.0.1:4000 fail_timeout=0;
}

proxy_cache_path /var/cache/nginx levels=1:2 keys_zone=CACHE:10m inactive=7d max_size=1g;

server {
  listen 80;
  listen [::]:80;
  server_name example.com;
  root /home/mastodon/live/public;
  location /.well-known/acme-challenge/ { allow all; }
  location / { return 301 https://$host$request_uri; }
}

server {
  listen 443 ssl http2;
  listen [::]:443 ssl http2;
  server_name example.com;

  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_ciphers HIGH:!MEDIUM:!LOW:!aNULL:!NULL:!SHA;
  ssl_prefer_server_ciphers on;
  ssl_session_cache shared:SSL:10m;
  ssl_session_tickets off;

  # Uncomment these lines once you acquire a certificate:
  # ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;
  # ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;

  keepalive_timeout    70;
  sendfile             on;
  client_max_body_size 80m;

  root /home/mastodon/live/public;

  gzip on;
  gzip_disable "msie6";
  gzip_vary on;
  gzip_proxied any;
  gzip_comp_level 6;
  gzip_buffers 16 8k;
  gzip_http_version 1.1;
  gzip_types text/plain text/css application/json application/javascript text/xml application/xml application/xml+rss text/javascript image/svg+xml image/x-icon;

  location / {

    ### This section of the configuration attempts to read the static files
    ### directly from the root directory configured above. If the static files
    ### are not directly accessible, like in pure container deployments, but
    ### must be served by Rails instead, comment this section out, and uncomment
    ### the section below instead.

    location = /sw.js {
      add_header Cache-Control "public, max-age=604800, must-revalidate";
      add_header Strict-Transport-Security "max-age=63072000; includeSubDomains";
      try_files $uri =404;
    }

    location ~ ^/(assets|avatars|emoji|headers|packs|shortcuts|sounds)/ {
      add_header Cache-Control "public, max-age=2419200, must-revalidate";
      add_header Strict-Transport-Security "max-age=63072000; includeSubDomains";
      try_files $uri =404;
    }

    location /system/ {
      add_header Cache-Control "public, max-age=2419200, immutable";
      add_header Strict-Transport-Security "max-age=63072000; includeSubDomains";
      try_files $uri =404;
    }

    ### End of direct access configuration ###

    ### Uncomment the following section for pure container deployments
    ### without direct access to static files, and comment out the section
    ### above.

    # if ($uri = /sw.js) {
    #   set $cachectrl "public, max-age=604800, must-revalidate";
    # }

    # if ($uri ~ ^/(assets|avatars|emoji|headers|packs|shortcuts|sounds)/) {
    #   set $cachectrl "public, max-age=2419200, must-revalidate";
    # }

    # if ($uri ~ ^/system/) {
    #   set $cachectrl "public, max-age=2419200, immutable";
    # }

    # add_header Cache-Control $cachectrl;
    # proxy_force_ranges on; # for iOS clients

    ### End of container configuration ###

    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header Proxy "";
    proxy_pass_header Server;

    proxy_pass http://backend;
    proxy_buffering on;
    proxy_redirect off;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;

    proxy_cache CACHE;
    proxy_cache_valid 200 7d;
    proxy_cache_valid 410 24h;
    proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
    add_header X-Cached $upstream_cache_status;

    tcp_nodelay on;
  }

  location ^~ /api/v1/streaming {
    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header Proxy "";

    proxy_pass http://streaming;
    proxy_buffering off;
    proxy_redirect off;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;

    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains";

    tcp_nodelay on;
  }

  error_page 404 500 501 502 503 504 /500.html;
}
`,
    mistakes: [],
    note: 'Shipped file, dist/nginx.conf at commit 0061c555b721831a26b3dd95e7ed8742acc9c7df (a bare site file for sites-enabled, no http{} around it). Must not fire: Connection comes from a map that gives upgrade only to upgrade requests and no upstream has keepalive; 127.0.0.1 upstreams on a host install; the commented ssl_certificate lines (the 443 listener has no certificate until uncommented, which nginx -t would reject, not a 502 matter).',
  },
  {
    source: 'https://github.com/hffqyd/tw5-server/issues/1',
    title: "Maintainer's tested sub-path proxy for tw5server",
    text: `location /wiki/ {
  proxy_pass http://127.0.0.1:10123/;
}`,
    mistakes: [],
    note: 'Posted by the maintainer as tested and working through nginx (the location now ends in a slash to match the URI part of proxy_pass).',
  },
  {
    source: 'https://github.com/hffqyd/tw5-server/issues/1',
    title: "A 502 that was not the config's fault",
    text: `location /wiki {
  proxy_pass http://127.0.0.1:10123/;
}`,
    mistakes: [],
    log: `2023/06/01 20:42:38 [error] 19183#19183: *149 connect() failed (111: Connection refused) while connecting to upstream, client: 192.redacted.server.ip, server: redacted.url, request: " GET /wiki HTTP/1.0", upstream: "http://127.0.0.1:10123/", host: "redacted.url"`,
    note: 'The reporter found the refusals came from the hosting provider, not nginx or the app, so nothing in the config explains them. Borderline: /wiki without a trailing slash against a URI part ending in / maps /wiki/x to //x; that is a path matter, not one of the 502 checks, so no check must fire.',
  },
  {
    source:
      'https://github.com/laradock/laradock/blob/005f40ca6038ea331d83ee2be59d2aa757a25cb3/nginx/sites/default.conf',
    title: "Laradock's default site: PHP-FPM through a named upstream",
    text: `# =====================================
# HTTP configuration
# =====================================
server {
    listen 80 default_server;
    listen [::]:80 default_server;
    server_name localhost;

    root /var/www/public;
    index index.php index.html index.htm;

    location / {
         try_files $uri $uri/ /index.php$is_args$args;
    }

    location ~ \\.php$ {
        try_files $uri /index.php =404;
        fastcgi_pass php-upstream;
        fastcgi_index index.php;
        fastcgi_buffers 16 16k;
        fastcgi_buffer_size 32k;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        #fixes timeouts
        fastcgi_read_timeout 600;
        include fastcgi_params;
    }

    location ~ /\\.ht {
        deny all;
    }

    location /.well-known/acme-challenge/ {
        root /var/www/letsencrypt/;
        log_not_found off;
    }

    error_log /var/log/nginx/default_error.log;
    access_log /var/log/nginx/default_access.log;
}
# =====================================
# End HTTP configuration
# =====================================


# =====================================
# # To enable SSL for this site, use the following configuration instead of the above.
# =====================================


# =====================================
# HTTPS configuration
# =====================================
# server {
#     listen 80 default_server;
#     listen [::]:80 default_server;
#     server_name localhost;

#     location /.well-known/acme-challenge/ {
#         root /var/www/letsencrypt;
#     }

#     location / {
#         return 301 https://localhost$request_uri;
#     }
# }

# server {
#     listen 443 ssl default_server;
#     listen [::]:443 ssl default_server;
#     server_name localhost;

#     # Self certificate #
#     ssl_certificate /etc/nginx/ssl/default.crt;
#     ssl_certificate_key /etc/nginx/ssl/default.key;
#     # Certbot certificate #
#     # ssl_certificate /etc/letsencrypt/live/localhost/fullchain.pem;
#     # ssl_certificate_key /etc/letsencrypt/live/localhost/privkey.pem;

#     root /var/www/public;
#     index index.php index.html index.htm;

#     location / {
#          try_files $uri $uri/ /index.php$is_args$args;
#     }

#     location ~ \\.php$ {
#         try_files $uri /index.php =404;
#         fastcgi_pass php-upstream;
#         fastcgi_index index.php;
#         fastcgi_buffers 16 16k;
#         fastcgi_buffer_size 32k;
#         fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
#         #fixes timeouts
#         fastcgi_read_timeout 600;
#         include fastcgi_params;
#     }

#     location ~ /\\.ht {
#         deny all;
#     }

#     location /.well-known/acme-challenge/ {
#         root /var/www/letsencrypt/;
#         log_not_found off;
#     }

#     error_log /var/log/nginx/default_error.log;
#     access_log /var/log/nginx/default_access.log;
# }
# =====================================
# End HTTPS configuration
# =====================================
`,
    mistakes: [],
    note: "Shipped file, nginx/sites/default.conf at commit 005f40ca6038ea331d83ee2be59d2aa757a25cb3. Borderline: fastcgi_pass php-upstream names an upstream{} that Laradock's image writes into conf.d at start (from PHP_UPSTREAM_CONTAINER and PHP_UPSTREAM_PORT), not in this file; a name with no dot and no port that matches no pasted upstream must be treated as an upstream outside the paste, not as a host resolved once. server_name localhost is not a backend address.",
  },
  {
    source:
      'https://github.com/nextcloud/documentation/blob/003f80e10be7353e4b46e2ad3e9a46ee6ebf8ea3/admin_manual/installation/nginx-root.conf.sample',
    title: "Nextcloud's documented site: PHP-FPM upstream on 127.0.0.1:9000",
    text: `# Version 2024-07-17

upstream php-handler {
    server 127.0.0.1:9000;
    #server unix:/run/php/php8.2-fpm.sock;
}

# Set the \`immutable\` cache control options only for assets with a cache busting \`v\` argument
map $arg_v $asset_immutable {
    "" "";
    default ", immutable";
}

server {
    listen 80;
    listen [::]:80;
    server_name cloud.example.com;

    # Prevent nginx HTTP Server Detection
    server_tokens off;

    # Enforce HTTPS
    return 301 https://$server_name$request_uri;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    # With NGinx >= 1.25.1 you should use this instead:
    # listen 443      ssl;
    # listen [::]:443 ssl;
    # http2 on;
    server_name cloud.example.com;

    # Path to the root of your installation
    root /var/www/nextcloud;

    # Use Mozilla's guidelines for SSL/TLS settings
    # https://mozilla.github.io/server-side-tls/ssl-config-generator/
    ssl_certificate     /etc/ssl/nginx/cloud.example.com.crt;
    ssl_certificate_key /etc/ssl/nginx/cloud.example.com.key;

    # Prevent nginx HTTP Server Detection
    server_tokens off;

    # HSTS settings
    # WARNING: Only add the preload option once you read about
    # the consequences in https://hstspreload.org/. This option
    # will add the domain to a hardcoded list that is shipped
    # in all major browsers and getting removed from this list
    # could take several months.
    #add_header Strict-Transport-Security "max-age=15768000; includeSubDomains; preload" always;

    # set max upload size and increase upload timeout:
    client_max_body_size 512M;
    client_body_timeout 300s;
    fastcgi_buffers 64 4K;

    # Enable gzip but do not remove ETag headers
    gzip on;
    gzip_vary on;
    gzip_comp_level 4;
    gzip_min_length 256;
    gzip_proxied expired no-cache no-store private no_last_modified no_etag auth;
    gzip_types application/atom+xml text/javascript application/javascript application/json application/ld+json application/manifest+json application/rss+xml application/vnd.geo+json application/vnd.ms-fontobject application/wasm application/x-font-ttf application/x-web-app-manifest+json application/xhtml+xml application/xml font/opentype image/bmp image/svg+xml image/x-icon text/cache-manifest text/css text/plain text/vcard text/vnd.rim.location.xloc text/vtt text/x-component text/x-cross-domain-policy;

    # Pagespeed is not supported by Nextcloud, so if your server is built
    # with the \`ngx_pagespeed\` module, uncomment this line to disable it.
    #pagespeed off;

    # The settings allows you to optimize the HTTP2 bandwidth.
    # See https://blog.cloudflare.com/delivering-http-2-upload-speed-improvements/
    # for tuning hints
    client_body_buffer_size 512k;

    # HTTP response headers borrowed from Nextcloud \`.htaccess\`
    add_header Referrer-Policy                   "no-referrer"       always;
    add_header X-Content-Type-Options            "nosniff"           always;
    add_header X-Frame-Options                   "SAMEORIGIN"        always;
    add_header X-Permitted-Cross-Domain-Policies "none"              always;
    add_header X-Robots-Tag                      "noindex, nofollow" always;
    add_header X-XSS-Protection                  "1; mode=block"     always;

    # Remove X-Powered-By, which is an information leak
    fastcgi_hide_header X-Powered-By;

    # Set .mjs and .wasm MIME types
    # Either include it in the default mime.types list
    # and include that list explicitly or add the file extension
    # only for Nextcloud like below:
    include mime.types;
    types {
        text/javascript mjs;
	application/wasm wasm;
    }

    # Specify how to handle directories -- specifying \`/index.php$request_uri\`
    # here as the fallback means that Nginx always exhibits the desired behaviour
    # when a client requests a path that corresponds to a directory that exists
    # on the server. In particular, if that directory contains an index.php file,
    # that file is correctly served; if it doesn't, then the request is passed to
    # the front-end controller. This consistent behaviour means that we don't need
    # to specify custom rules for certain paths (e.g. images and other assets,
    # \`/updater\`, \`/ocs-provider\`), and thus
    # \`try_files $uri $uri/ /index.php$request_uri\`
    # always provides the desired behaviour.
    index index.php index.html /index.php$request_uri;

    # Rule borrowed from \`.htaccess\` to handle Microsoft DAV clients
    location = / {
        if ( $http_user_agent ~ ^DavClnt ) {
            return 302 /remote.php/webdav/$is_args$args;
        }
    }

    location = /robots.txt {
        allow all;
        log_not_found off;
        access_log off;
    }

    # Make a regex exception for \`/.well-known\` so that clients can still
    # access it despite the existence of the regex rule
    # \`location ~ /(\\.|autotest|...)\` which would otherwise handle requests
    # for \`/.well-known\`.
    location ^~ /.well-known {
        absolute_redirect off;

        # The rules in this block are an adaptation of the rules
        # in \`.htaccess\` that concern \`/.well-known\`.

        location = /.well-known/carddav { return 301 /remote.php/dav/; }
        location = /.well-known/caldav  { return 301 /remote.php/dav/; }

        location /.well-known/acme-challenge    { try_files $uri $uri/ =404; }
        location /.well-known/pki-validation    { try_files $uri $uri/ =404; }

        # Let Nextcloud's API for \`/.well-known\` URIs handle all other
        # requests by passing them to the front-end controller.
        return 301 /index.php$request_uri;
    }

    # Rules borrowed from \`.htaccess\` to hide certain paths from clients
    location ~ ^/(?:build|tests|config|lib|3rdparty|templates|data)(?:$|/)  { return 404; }
    location ~ ^/(?:\\.|autotest|occ|issue|indie|db_|console)                { return 404; }

    # Ensure this block, which passes PHP files to the PHP process, is above the blocks
    # which handle static assets (as seen below). If this block is not declared first,
    # then Nginx will encounter an infinite rewriting loop when it prepends \`/index.php\`
    # to the URI, resulting in a HTTP 500 error response.
    location ~ \\.php(?:$|/) {
        # Required for legacy support
        rewrite ^/(?!index|remote|public|cron|core\\/ajax\\/update|status|ocs\\/v[12]|updater\\/.+|ocs-provider\\/.+|.+\\/richdocumentscode(_arm64)?\\/proxy) /index.php$request_uri;

        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;
        set $path_info $fastcgi_path_info;

        try_files $fastcgi_script_name =404;

        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_param PATH_INFO $path_info;
        fastcgi_param HTTPS on;

        fastcgi_param modHeadersAvailable true;         # Avoid sending the security headers twice
        fastcgi_param front_controller_active true;     # Enable pretty urls
        fastcgi_pass php-handler;

        fastcgi_intercept_errors on;
        fastcgi_request_buffering off;

        fastcgi_max_temp_file_size 0;
    }

    # Serve static files
    location ~ \\.(?:css|js|mjs|svg|gif|ico|jpg|png|webp|wasm|tflite|map|ogg|flac)$ {
        try_files $uri /index.php$request_uri;
        # HTTP response headers borrowed from Nextcloud \`.htaccess\`
        add_header Cache-Control                     "public, max-age=15778463$asset_immutable";
        add_header Referrer-Policy                   "no-referrer"       always;
        add_header X-Content-Type-Options            "nosniff"           always;
        add_header X-Frame-Options                   "SAMEORIGIN"        always;
        add_header X-Permitted-Cross-Domain-Policies "none"              always;
        add_header X-Robots-Tag                      "noindex, nofollow" always;
        add_header X-XSS-Protection                  "1; mode=block"     always;
        access_log off;     # Optional: Don't log access to assets
    }

    location ~ \\.(otf|woff2?)$ {
        try_files $uri /index.php$request_uri;
        expires 7d;         # Cache-Control policy borrowed from \`.htaccess\`
        access_log off;     # Optional: Don't log access to assets
    }

    # Rule borrowed from \`.htaccess\`
    location /remote {
        return 301 /remote.php$request_uri;
    }

    location / {
        try_files $uri $uri/ /index.php$request_uri;
    }
}
`,
    mistakes: [],
    note: 'Shipped sample, admin_manual/installation/nginx-root.conf.sample at commit 003f80e10be7353e4b46e2ad3e9a46ee6ebf8ea3. Must not fire: the commented versioned socket; fastcgi_pass to a single-server upstream on 127.0.0.1:9000 (which is right only if the pool listens there; without the pool config there is nothing to compare). A regex with braces-free alternations and a `types {}` block with a tab-indented line test the parser, not the checks.',
  },
  {
    source: 'https://github.com/iv-org/invidious/issues/604',
    title: "The same two lines after the fix (client's Connection passed on)",
    text: `    proxy_set_header Upgrade    $http_upgrade;
    proxy_set_header Connection $http_connection;`,
    mistakes: [],
    note: "The 'To:' half of the commenter's before/after; they report no more 'upstream prematurely closed connection' errors. Borderline: passing the client's Connection value on is not the documented map pattern, and with upstream keepalive it would forward a client's close; no upstream keepalive is shown, so connection-header-forced must not fire on a variable value.",
  },
]
