/**
 * More real nginx configurations from public threads and projects' shipped files, for the checks
 * the first corpus (./configs.ts) does not reach yet: a static name resolved once in a container,
 * the read time-out and header buffer with the log line posted, and worker_connections against
 * the open-file limit. Stored as posted or as committed (a long file may be cut, never edited),
 * with the same fields and rules as ./configs.ts.
 */
import type { CorpusConfig } from './configs.ts'

export const MORE_CORPUS_CONFIGS: readonly CorpusConfig[] = [
  {
    source: 'https://github.com/er0080/vllm-benchmarking/issues/62',
    resolvedAt: 'https://github.com/er0080/vllm-benchmarking/pull/67',
    title: 'Compose web container proxies to the api service by literal name',
    text: `server {
    listen 80;
    server_name _;
    root /usr/share/nginx/html;
    index index.html;

    # Single-page app: unknown paths are client-side routes, not 404s.
    location / {
        try_files $uri $uri/ /index.html;
    }

    location /api/ {
        proxy_pass http://api:8000/api/;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;

        # Sweep progress streams; do not buffer it into uselessness.
        proxy_buffering off;
        proxy_read_timeout 3600s;
    }
}
`,
    mistakes: [
      {
        check: 'hostname-resolved-once',
        line: 13,
        note: 'api is a compose service; after `docker compose up -d --force-recreate api` it came back on 172.19.0.3 while nginx kept dialling 172.19.0.4, so every /api/ request got 502 until the web container was restarted; PR #67 replaced the name with `resolver 127.0.0.11 valid=10s ipv6=off;` and a variable',
      },
    ],
    log: `connect() failed (111: Connection refused) while connecting to upstream: "http://172.19.0.4:8000/api/health"`,
    note: 'docker/nginx.conf at commit 27a19cca747f8e7f1f89b3dde1b9105c2d2d3ab5, the file the issue quotes (PR #67 is its next change). The log is the one line the issue shows from `docker compose logs web | tail -1`, posted without prefix or timestamp. No directive says Docker (no resolver, no ${VAR}); the bare service name with a port (api:8000) is the checker\'s sign of a container, and the log line, which has no `upstream: "…"` field of nginx\'s usual form, gives none. proxy_read_timeout 3600s with proxy_buffering off is for the sweep-progress stream and must raise nothing.',
  },
  {
    source:
      'https://github.com/er0080/vllm-benchmarking/blob/18ae22268af911fa65e3b4dc0aafe1db3908a5ad/docker/nginx.conf',
    title: "The same location after the fix: Docker's resolver and a variable host",
    text: `server {
    listen 80;
    server_name _;
    root /usr/share/nginx/html;
    index index.html;

    # Single-page app: unknown paths are client-side routes, not 404s.
    location / {
        try_files $uri $uri/ /index.html;
    }

    location /api/ {
        # Docker's embedded DNS, re-consulted rather than cached.
        #
        # nginx resolves a literal upstream hostname once, at startup, and keeps that
        # address for the life of the process. Recreate the api container — which
        # \`docker compose up -d --build\` does on any code change — and it comes back on a
        # new address while nginx goes on dialling the old one. Every request through the
        # UI then returns 502 while the page itself still loads, because the HTML is
        # static. A variable upstream forces re-resolution on each request instead.
        #
        # $request_uri rather than a rewritten path: with a variable in proxy_pass nginx
        # stops substituting the location prefix, and the incoming path is already the
        # one the API serves.
        resolver 127.0.0.11 valid=10s ipv6=off;
        set $api_host api;
        proxy_pass http://$api_host:8000$request_uri;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;

        # Sweep progress streams; do not buffer it into uselessness.
        proxy_buffering off;
        proxy_read_timeout 3600s;
    }
}
`,
    mistakes: [],
    note: 'Shipped by PR #67 (closes #62). resolver 127.0.0.11 and `set $api_host api;` in the location, `proxy_pass http://$api_host:8000$request_uri;`: neither hostname-resolved-once nor variable-pass-without-resolver may fire, and the 127.0.0.11 resolver must not be taken for a loopback backend. The comments hold backticks and em dashes, as committed.',
  },
  {
    source: 'https://github.com/open-nvr/open-nvr/issues/256',
    resolvedAt: 'https://github.com/open-nvr/open-nvr/pull/258',
    title: 'TLS edge in Compose with five literal upstream names',
    text: `# ============================================================
# OpenNVR — nginx TLS reverse proxy (ISSUE-6)
# ============================================================
# Terminates self-signed TLS on the host's public NIC and proxies
# everything to opennvr-core:8000 over the Docker internal bridge.
# The bridge hop is inside V-015's trust zone (RFC1918), so cleartext
# HTTP on that segment is acceptable — TLS protects the LAN hop, which
# is where ISSUE-6 exposed the gap.
#
# Scope (this iteration): UI + API only. MediaMTX HLS/WebRTC streams
# still come from MediaMTX directly and are tracked under the ISSUE-6
# follow-up (task #11). Live-view will be broken on LAN clients until
# that lands because browsers refuse HTTPS → HTTP mixed content.

# WebSocket connection upgrade — derived from $http_upgrade so the
# Connection header is sent only when the client is upgrading.
# Declared up here at the http-context level so both servers can
# reference it; nginx's conf.d/*.conf files are include-d inside an
# implicit http {} block.
map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
}

# 80 → 443 redirect. Operators who hit http://server-ip get bounced
# to https. We don't try to serve HTTP at all so misconfigured clients
# fail loudly rather than silently downgrading.
server {
    listen 80 default_server;
    listen [::]:80 default_server;
    server_name _;
    # HSTS only on the HTTPS server; on the redirect we just bounce.
    return 301 https://$host$request_uri;
}

# HTTPS terminator.
server {
    listen 443 ssl default_server;
    listen [::]:443 ssl default_server;
    http2 on;
    server_name _;

    ssl_certificate     /etc/nginx/certs/server.crt;
    ssl_certificate_key /etc/nginx/certs/server.key;
    ssl_protocols       TLSv1.2 TLSv1.3;
    ssl_ciphers         HIGH:!aNULL:!MD5:!RC4:!3DES;
    ssl_prefer_server_ciphers on;
    ssl_session_cache   shared:SSL:10m;
    ssl_session_timeout 10m;

    # Camera-snapshot uploads and recording-export endpoints can
    # carry multi-MB bodies. 256M leaves headroom for a few minutes
    # of HD H.264 segment without truncating.
    client_max_body_size 256M;

    # Compress text responses (JSON APIs, JS/CSS bundles). Video/media
    # responses are already-compressed containers and are not matched.
    gzip on;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_vary on;
    gzip_proxied any;
    gzip_types application/json application/javascript text/css text/plain
               application/manifest+json image/svg+xml;

    # nginx-internal healthcheck endpoint — used by the container's
    # docker healthcheck. Returns 200 without touching opennvr-core
    # so the proxy reports healthy even during a backend restart.
    location = /healthz {
        access_log off;
        add_header Content-Type text/plain;
        return 200 "ok\\n";
    }

    # ── Media plane (ISSUE-6 v8) ────────────────────────────────
    # Three sibling locations that proxy directly to MediaMTX over
    # the Docker bridge. The browser sees same-origin HTTPS URLs
    # like https://<host>/webrtc/cam-1/whep and never has to talk
    # to MediaMTX directly. The bridge hop (nginx → mediamtx) is
    # plaintext but inside V-015's trust zone (RFC1918), which is
    # the same security profile as nginx → opennvr-core.

    # WebRTC signalling (WHEP). Small POST with SDP offer/answer.
    # The actual media stream is DTLS-SRTP over UDP/8189 — that
    # path goes browser ↔ mediamtx UDP directly, NOT through nginx.
    # mediamtx must advertise the right ICE candidates via
    # webrtcAdditionalHosts (set via MTX_WEBRTCADDITIONALHOSTS in
    # the compose).
    #
    # NOTE: mediamtx serves HTTPS on :8889 (V-019: webrtcEncryption=yes
    # in mediamtx.docker.yml). We connect to it as an HTTPS upstream
    # and disable cert verification because mediamtx's cert is
    # self-signed and lives inside the Docker bridge (V-015 trust
    # zone — same posture as nginx → opennvr-core HTTP). The bridge
    # is namespace-isolated; an attacker would need code execution
    # inside the bridge to forge a cert, which is a higher bar than
    # this verification protects against.
    location /webrtc/ {
        proxy_pass https://mediamtx:8889/;
        proxy_ssl_verify off;
        proxy_ssl_server_name on;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        # SDP exchange is small; no special buffering needed.
    }

    # HLS live + recordings — segment-based, HTTPS GETs.
    # Works everywhere WebRTC doesn't (strict firewalls, no UDP
    # outbound, etc.). The React UI tries WebRTC first and falls
    # back to HLS automatically.
    # mediamtx serves HTTPS here too (hlsEncryption=yes); same
    # self-signed-trust-by-design rationale as /webrtc/.
    location /hls/ {
        proxy_pass https://mediamtx:8888/;
        proxy_ssl_verify off;
        proxy_ssl_server_name on;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        # HLS segments are ~5s chunks; let nginx buffer them.
        proxy_buffering on;
    }

    # Recording playback — MediaMTX's playback server (default :9996) serves
    # exactly two endpoints: /get (clip fetch) and /list (segment listing).
    # Proxy ONLY those exact paths; every other /playback/* URL (e.g. the SPA
    # routes /playback and /playback/sync) falls through to \`location /\` so a
    # browser refresh or bookmark loads the UI instead of the media proxy
    # 404ing. Plaintext on the bridge; nginx is the TLS edge.
    location = /playback/get {
        proxy_pass http://mediamtx:9996/get;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_buffering on;
        # Recording segments can be a few MB; allow a generous read
        # timeout for slow client connections (mobile on cellular).
        proxy_read_timeout 300;
    }

    location = /playback/list {
        proxy_pass http://mediamtx:9996/list;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_buffering on;
        proxy_read_timeout 300;
    }

    # Everything else proxies to opennvr-core.
    location / {
        proxy_pass http://opennvr-core:8000;
        proxy_http_version 1.1;

        # Standard reverse-proxy headers.
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_set_header X-Forwarded-Host  $host;

        # WebSocket upgrade — the inference-event stream, the audit
        # live-tail, and any future SSE/WS endpoint will need this.
        proxy_set_header Upgrade           $http_upgrade;
        proxy_set_header Connection        $connection_upgrade;

        # Server-Sent Events: don't buffer or chunk the response, or
        # the browser sees event batches instead of a live stream.
        proxy_buffering   off;
        proxy_cache       off;
        proxy_read_timeout 86400;  # 24h — SSE connections are long-lived
        proxy_send_timeout 86400;

        # The opennvr-core healthcheck handle, exposed for parity
        # with the existing /health endpoint.
    }
}
`,
    mistakes: [
      {
        check: 'hostname-resolved-once',
        line: 99,
        note: "opennvr-core and mediamtx are compose services on the opennvr_internal bridge; after a recreate they came back on other addresses and every request 502'd against the dead one until nginx was reloaded; PR #258 moved each name into a per-location variable with `resolver 127.0.0.11 valid=10s ipv6=off;`",
      },
      {
        check: 'hostname-resolved-once',
        line: 117,
      },
      {
        check: 'hostname-resolved-once',
        line: 136,
      },
      {
        check: 'hostname-resolved-once',
        line: 149,
      },
      {
        check: 'hostname-resolved-once',
        line: 161,
      },
    ],
    note: 'nginx/opennvr.conf at commit eb0ceb5c01e05930905570da94580bcc9d0ddb31 (the parent of the fix, 7c16ad8). The log lines of the issue are cut from the stored text, so none is kept. The comments speak of the Docker bridge, but no directive names Docker (no resolver, no ${VAR} placeholder): the bare service names with ports (opennvr-core:8000, mediamtx:8889) are what show the checker containers.',
  },
  {
    source:
      'https://github.com/open-nvr/open-nvr/blob/7c16ad8788d43763d237c2b79dde6faad99c2d0e/nginx/opennvr.conf',
    title: 'The same proxy after the fix: every upstream name in a variable',
    text: `# ============================================================
# OpenNVR — nginx TLS reverse proxy (ISSUE-6)
# ============================================================
# Terminates self-signed TLS on the host's public NIC and proxies
# everything to opennvr-core:8000 over the Docker internal bridge.
# The bridge hop is inside V-015's trust zone (RFC1918), so cleartext
# HTTP on that segment is acceptable — TLS protects the LAN hop, which
# is where ISSUE-6 exposed the gap.
#
# Scope (this iteration): UI + API only. MediaMTX HLS/WebRTC streams
# still come from MediaMTX directly and are tracked under the ISSUE-6
# follow-up (task #11). Live-view will be broken on LAN clients until
# that lands because browsers refuse HTTPS → HTTP mixed content.

# WebSocket connection upgrade — derived from $http_upgrade so the
# Connection header is sent only when the client is upgrading.
# Declared up here at the http-context level so both servers can
# reference it; nginx's conf.d/*.conf files are include-d inside an
# implicit http {} block.
map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
}

# Docker's embedded DNS. Upstream hostnames are kept in variables inside each
# location so nginx re-resolves them at request time (cached for valid=10s)
# instead of once at startup — a statically-resolved name goes stale the
# moment Docker recreates a container with a new bridge IP, and every request
# then 502s against the dead address until nginx itself is restarted.
resolver 127.0.0.11 valid=10s ipv6=off;
resolver_timeout 5s;

# 80 → 443 redirect. Operators who hit http://server-ip get bounced
# to https. We don't try to serve HTTP at all so misconfigured clients
# fail loudly rather than silently downgrading.
server {
    listen 80 default_server;
    listen [::]:80 default_server;
    server_name _;
    # HSTS only on the HTTPS server; on the redirect we just bounce.
    return 301 https://$host$request_uri;
}

# HTTPS terminator.
server {
    listen 443 ssl default_server;
    listen [::]:443 ssl default_server;
    http2 on;
    server_name _;

    ssl_certificate     /etc/nginx/certs/server.crt;
    ssl_certificate_key /etc/nginx/certs/server.key;
    ssl_protocols       TLSv1.2 TLSv1.3;
    ssl_ciphers         HIGH:!aNULL:!MD5:!RC4:!3DES;
    ssl_prefer_server_ciphers on;
    ssl_session_cache   shared:SSL:10m;
    ssl_session_timeout 10m;

    # Camera-snapshot uploads and recording-export endpoints can
    # carry multi-MB bodies. 256M leaves headroom for a few minutes
    # of HD H.264 segment without truncating.
    client_max_body_size 256M;

    # Compress text responses (JSON APIs, JS/CSS bundles). Video/media
    # responses are already-compressed containers and are not matched.
    gzip on;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_vary on;
    gzip_proxied any;
    gzip_types application/json application/javascript text/css text/plain
               application/manifest+json image/svg+xml;

    # nginx-internal healthcheck endpoint — used by the container's
    # docker healthcheck. Returns 200 without touching opennvr-core
    # so the proxy reports healthy even during a backend restart.
    location = /healthz {
        access_log off;
        add_header Content-Type text/plain;
        return 200 "ok\\n";
    }

    # ── Media plane (ISSUE-6 v8) ────────────────────────────────
    # Three sibling locations that proxy directly to MediaMTX over
    # the Docker bridge. The browser sees same-origin HTTPS URLs
    # like https://<host>/webrtc/cam-1/whep and never has to talk
    # to MediaMTX directly. The bridge hop (nginx → mediamtx) is
    # plaintext but inside V-015's trust zone (RFC1918), which is
    # the same security profile as nginx → opennvr-core.

    # WebRTC signalling (WHEP). Small POST with SDP offer/answer.
    # The actual media stream is DTLS-SRTP over UDP/8189 — that
    # path goes browser ↔ mediamtx UDP directly, NOT through nginx.
    # mediamtx must advertise the right ICE candidates via
    # webrtcAdditionalHosts (set via MTX_WEBRTCADDITIONALHOSTS in
    # the compose).
    #
    # NOTE: mediamtx serves HTTPS on :8889 (V-019: webrtcEncryption=yes
    # in mediamtx.docker.yml). We connect to it as an HTTPS upstream
    # and disable cert verification because mediamtx's cert is
    # self-signed and lives inside the Docker bridge (V-015 trust
    # zone — same posture as nginx → opennvr-core HTTP). The bridge
    # is namespace-isolated; an attacker would need code execution
    # inside the bridge to forge a cert, which is a higher bar than
    # this verification protects against.
    location /webrtc/ {
        # Variable upstream → per-request DNS (see resolver above). Variable
        # proxy_pass skips the automatic URI mapping a static one does, so
        # the /webrtc/ → / prefix strip becomes an explicit rewrite.
        set $mediamtx_webrtc https://mediamtx:8889;
        rewrite ^/webrtc/(.*)$ /$1 break;
        proxy_pass $mediamtx_webrtc;
        proxy_ssl_verify off;
        proxy_ssl_server_name on;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        # SDP exchange is small; no special buffering needed.
    }

    # HLS live + recordings — segment-based, HTTPS GETs.
    # Works everywhere WebRTC doesn't (strict firewalls, no UDP
    # outbound, etc.). The React UI tries WebRTC first and falls
    # back to HLS automatically.
    # mediamtx serves HTTPS here too (hlsEncryption=yes); same
    # self-signed-trust-by-design rationale as /webrtc/.
    location /hls/ {
        set $mediamtx_hls https://mediamtx:8888;
        rewrite ^/hls/(.*)$ /$1 break;
        proxy_pass $mediamtx_hls;
        proxy_ssl_verify off;
        proxy_ssl_server_name on;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        # HLS segments are ~5s chunks; let nginx buffer them.
        proxy_buffering on;
    }

    # Recording playback — MediaMTX's playback server (default :9996) serves
    # exactly two endpoints: /get (clip fetch) and /list (segment listing).
    # Proxy ONLY those exact paths; every other /playback/* URL (e.g. the SPA
    # routes /playback and /playback/sync) falls through to \`location /\` so a
    # browser refresh or bookmark loads the UI instead of the media proxy
    # 404ing. Plaintext on the bridge; nginx is the TLS edge.
    location = /playback/get {
        # rewrite (not a URI on proxy_pass) so the query string survives —
        # a variable proxy_pass with an explicit URI would drop it.
        set $mediamtx_playback http://mediamtx:9996;
        rewrite ^ /get break;
        proxy_pass $mediamtx_playback;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_buffering on;
        # Recording segments can be a few MB; allow a generous read
        # timeout for slow client connections (mobile on cellular).
        proxy_read_timeout 300;
    }

    location = /playback/list {
        set $mediamtx_playback_list http://mediamtx:9996;
        rewrite ^ /list break;
        proxy_pass $mediamtx_playback_list;
        proxy_http_version 1.1;
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_buffering on;
        proxy_read_timeout 300;
    }

    # Everything else proxies to opennvr-core.
    location / {
        # No URI mapping here (no trailing slash before), so the variable
        # form needs no rewrite — the original URI passes through as-is.
        set $core_upstream http://opennvr-core:8000;
        proxy_pass $core_upstream;
        proxy_http_version 1.1;

        # Standard reverse-proxy headers.
        proxy_set_header Host              $host;
        proxy_set_header X-Real-IP         $remote_addr;
        proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_set_header X-Forwarded-Host  $host;

        # WebSocket upgrade — the inference-event stream, the audit
        # live-tail, and any future SSE/WS endpoint will need this.
        proxy_set_header Upgrade           $http_upgrade;
        proxy_set_header Connection        $connection_upgrade;

        # Server-Sent Events: don't buffer or chunk the response, or
        # the browser sees event batches instead of a live stream.
        proxy_buffering   off;
        proxy_cache       off;
        proxy_read_timeout 86400;  # 24h — SSE connections are long-lived
        proxy_send_timeout 86400;

        # The opennvr-core healthcheck handle, exposed for parity
        # with the existing /health endpoint.
    }
}
`,
    mistakes: [],
    note: 'Shipped by PR #258 (fixes #256). Variables that hold whole URLs (`set $mediamtx_webrtc https://mediamtx:8889; proxy_pass $mediamtx_webrtc;`) under a top-level resolver 127.0.0.11: no check may fire. The two HTTPS locations keep proxy_ssl_server_name on, and the map gives close to non-upgrade requests with no upstream keepalive in play.',
  },
  {
    source: 'https://github.com/bytedance/deer-flow/issues/1516',
    resolvedAt: 'https://github.com/bytedance/deer-flow/pull/1517',
    title: "Docker's resolver set, but the upstream servers are static names",
    text: `events {
    worker_connections 1024;
}
pid /tmp/nginx.pid;
http {
    # Basic settings
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    types_hash_max_size 2048;

    # Logging
    access_log /dev/stdout;
    error_log /dev/stderr;

    # Docker internal DNS (for resolving k3s hostname)
    resolver 127.0.0.11 valid=10s ipv6=off;

    # Upstream servers (using Docker service names)
    upstream gateway {
        server gateway:8001;
    }

    upstream langgraph {
        server langgraph:2024;
    }

    upstream frontend {
        server frontend:3000;
    }

    # ── Main server (path-based routing) ─────────────────────────────────
    server {
        listen 2026 default_server;
        listen [::]:2026 default_server;
        server_name _;

        # Hide CORS headers from upstream to prevent duplicates
        proxy_hide_header 'Access-Control-Allow-Origin';
        proxy_hide_header 'Access-Control-Allow-Methods';
        proxy_hide_header 'Access-Control-Allow-Headers';
        proxy_hide_header 'Access-Control-Allow-Credentials';

        # CORS headers for all responses (nginx handles CORS centrally)
        add_header 'Access-Control-Allow-Origin' '*' always;
        add_header 'Access-Control-Allow-Methods' 'GET, POST, PUT, DELETE, PATCH, OPTIONS' always;
        add_header 'Access-Control-Allow-Headers' '*' always;

        # Handle OPTIONS requests (CORS preflight)
        if ($request_method = 'OPTIONS') {
            return 204;
        }

        # LangGraph API routes
        # Rewrites /api/langgraph/* to /* before proxying
        location /api/langgraph/ {
            rewrite ^/api/langgraph/(.*) /$1 break;
            proxy_pass http://langgraph;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Connection '';

            # SSE/Streaming support
            proxy_buffering off;
            proxy_cache off;
            proxy_set_header X-Accel-Buffering no;

            # Timeouts for long-running requests
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;

            # Chunked transfer encoding
            chunked_transfer_encoding on;
        }

        # Custom API: Models endpoint
        location /api/models {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Memory endpoint
        location /api/memory {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: MCP configuration endpoint
        location /api/mcp {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Skills configuration endpoint
        location /api/skills {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Agents endpoint
        location /api/agents {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Uploads endpoint
        location ~ ^/api/threads/[^/]+/uploads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;

            # Large file upload support
            client_max_body_size 100M;
            proxy_request_buffering off;
        }

        # Custom API: Other endpoints under /api/threads
        location ~ ^/api/threads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: Swagger UI
        location /docs {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: ReDoc
        location /redoc {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: OpenAPI Schema
        location /openapi.json {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Health check endpoint (gateway)
        location /health {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # ── Provisioner API (sandbox management) ────────────────────────
        # Use a variable so nginx resolves provisioner at request time (not startup).
        # This allows nginx to start even when provisioner container is not running.
        location /api/sandboxes {
            set $provisioner_upstream provisioner:8002;
            proxy_pass http://$provisioner_upstream;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # All other requests go to frontend
        location / {
            proxy_pass http://frontend;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection 'upgrade';
            proxy_cache_bypass $http_upgrade;

            # Timeouts
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;
        }
    }
}
`,
    mistakes: [
      {
        check: 'hostname-resolved-once',
        line: 22,
        note: "the resolver line does nothing for upstream servers without `resolve`: nginx looked gateway, langgraph and frontend up once, and after the containers were recreated /api/models went to the langgraph container's address and /api/langgraph/* to the gateway's (502, 111: Connection refused); PR #1517 added zone and resolve",
      },
      {
        check: 'hostname-resolved-once',
        line: 26,
      },
      {
        check: 'hostname-resolved-once',
        line: 30,
      },
      {
        check: 'connection-header-forced',
        line: 221,
        note: "not the thread's 502: every request to the frontend is sent Connection: upgrade; the project later replaced it with a map (commit 5994fdf, #4250: forcing it on Next.js dev streams made nginx treat the response as an invalid upgrade handshake)",
      },
    ],
    note: "docker/nginx/nginx.conf at commit 580920ef63929ad60bea835bf043483f314db0dc (the parent of 75c4757, the #1517 merge). The issue's log excerpt is cut in the stored text, so none is kept. resolver 127.0.0.11 is what shows the checker a Docker setup. /api/sandboxes already uses the variable form (line 202) and must not fire.",
  },
  {
    source:
      'https://github.com/bytedance/deer-flow/blob/75c4757f48409cd26edc805dcba7a0f008060233/docker/nginx/nginx.conf',
    title: 'The same file with zone and resolve on every upstream server',
    text: `events {
    worker_connections 1024;
}
pid /tmp/nginx.pid;
http {
    # Basic settings
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    types_hash_max_size 2048;

    # Logging
    access_log /dev/stdout;
    error_log /dev/stderr;

    # Docker internal DNS (for resolving k3s hostname)
    resolver 127.0.0.11 valid=10s ipv6=off;

    # Upstream servers (using Docker service names)
    # NOTE: add \`resolve\` so nginx re-resolves container IPs after restarts.
    # Otherwise nginx may keep stale DNS results and proxy to the wrong container.
    upstream gateway {
        zone gateway 64k;
        server gateway:8001 resolve;
    }

    upstream langgraph {
        zone langgraph 64k;
        server langgraph:2024 resolve;
    }

    upstream frontend {
        zone frontend 64k;
        server frontend:3000 resolve;
    }

    # ── Main server (path-based routing) ─────────────────────────────────
    server {
        listen 2026 default_server;
        listen [::]:2026 default_server;
        server_name _;

        # Hide CORS headers from upstream to prevent duplicates
        proxy_hide_header 'Access-Control-Allow-Origin';
        proxy_hide_header 'Access-Control-Allow-Methods';
        proxy_hide_header 'Access-Control-Allow-Headers';
        proxy_hide_header 'Access-Control-Allow-Credentials';

        # CORS headers for all responses (nginx handles CORS centrally)
        add_header 'Access-Control-Allow-Origin' '*' always;
        add_header 'Access-Control-Allow-Methods' 'GET, POST, PUT, DELETE, PATCH, OPTIONS' always;
        add_header 'Access-Control-Allow-Headers' '*' always;

        # Handle OPTIONS requests (CORS preflight)
        if ($request_method = 'OPTIONS') {
            return 204;
        }

        # LangGraph API routes
        # Rewrites /api/langgraph/* to /* before proxying
        location /api/langgraph/ {
            rewrite ^/api/langgraph/(.*) /$1 break;
            proxy_pass http://langgraph;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Connection '';

            # SSE/Streaming support
            proxy_buffering off;
            proxy_cache off;
            proxy_set_header X-Accel-Buffering no;

            # Timeouts for long-running requests
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;

            # Chunked transfer encoding
            chunked_transfer_encoding on;
        }

        # Custom API: Models endpoint
        location /api/models {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Memory endpoint
        location /api/memory {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: MCP configuration endpoint
        location /api/mcp {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Skills configuration endpoint
        location /api/skills {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Agents endpoint
        location /api/agents {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Uploads endpoint
        location ~ ^/api/threads/[^/]+/uploads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;

            # Large file upload support
            client_max_body_size 100M;
            proxy_request_buffering off;
        }

        # Custom API: Other endpoints under /api/threads
        location ~ ^/api/threads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: Swagger UI
        location /docs {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: ReDoc
        location /redoc {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: OpenAPI Schema
        location /openapi.json {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Health check endpoint (gateway)
        location /health {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # ── Provisioner API (sandbox management) ────────────────────────
        # Use a variable so nginx resolves provisioner at request time (not startup).
        # This allows nginx to start even when provisioner container is not running.
        location /api/sandboxes {
            set $provisioner_upstream provisioner:8002;
            proxy_pass http://$provisioner_upstream;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # All other requests go to frontend
        location / {
            proxy_pass http://frontend;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection 'upgrade';
            proxy_cache_bypass $http_upgrade;

            # Timeouts
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;
        }
    }
}
`,
    mistakes: [
      {
        check: 'connection-header-forced',
        line: 226,
        note: 'the same forced Connection: upgrade as before the fix (see the #1516 entry)',
      },
    ],
    note: 'Shipped by PR #1517 (fixes #1516). `server name resolve;` in a group with a zone is re-resolved, so hostname-resolved-once must not fire here. It did not last: the standard nginx:alpine image refused it ([emerg] invalid parameter "resolve" in /etc/nginx/nginx.conf:25, issue #1744; open-source nginx has the parameter from 1.27.3), and #1837 took it out again. That is a start-up failure decided by the version, which this file does not show, not one of the 502 checks.',
  },
  {
    source: 'https://github.com/bytedance/deer-flow/pull/2717',
    title: "Static upstreams again, under a comment saying Docker's DNS handles them",
    text: `events {
    worker_connections 1024;
}
pid /tmp/nginx.pid;
http {
    # Basic settings
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    types_hash_max_size 2048;

    # Logging
    access_log /dev/stdout;
    error_log /dev/stderr;

    # Docker internal DNS (for resolving k3s hostname)
    resolver 127.0.0.11 valid=10s ipv6=off;

    # Upstream servers (using Docker service names)
    # NOTE: \`zone\` and \`resolve\` are nginx Plus-only features and are not
    # available in the standard nginx:alpine image. Docker's internal DNS
    # (127.0.0.11) handles service discovery; upstreams are resolved at
    # nginx startup and remain valid for the lifetime of the deployment.
    upstream gateway {
        server gateway:8001;
    }

    upstream frontend {
        server frontend:3000;
    }

    # ── Main server (path-based routing) ─────────────────────────────────
    server {
        listen 2026 default_server;
        listen [::]:2026 default_server;
        server_name _;

        # Hide CORS headers from upstream to prevent duplicates
        proxy_hide_header 'Access-Control-Allow-Origin';
        proxy_hide_header 'Access-Control-Allow-Methods';
        proxy_hide_header 'Access-Control-Allow-Headers';
        proxy_hide_header 'Access-Control-Allow-Credentials';

        # CORS headers for all responses (nginx handles CORS centrally)
        add_header 'Access-Control-Allow-Origin' '*' always;
        add_header 'Access-Control-Allow-Methods' 'GET, POST, PUT, DELETE, PATCH, OPTIONS' always;
        add_header 'Access-Control-Allow-Headers' '*' always;

        # Handle OPTIONS requests (CORS preflight)
        if ($request_method = 'OPTIONS') {
            return 204;
        }

        # LangGraph-compatible API routes served by Gateway.
        # Rewrites /api/langgraph/* to /api/* before proxying to Gateway.
        location /api/langgraph/ {
            rewrite ^/api/langgraph/(.*) /api/$1 break;
            proxy_pass http://gateway;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Connection '';

            # SSE/Streaming support
            proxy_buffering off;
            proxy_cache off;
            proxy_set_header X-Accel-Buffering no;

            # Timeouts for long-running requests
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;

            # Chunked transfer encoding
            chunked_transfer_encoding on;
        }

        # Custom API: Models endpoint
        location /api/models {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Memory endpoint
        location /api/memory {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: MCP configuration endpoint
        location /api/mcp {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Skills configuration endpoint
        location /api/skills {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Agents endpoint
        location /api/agents {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Custom API: Uploads endpoint
        location ~ ^/api/threads/[^/]+/uploads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;

            # Large file upload support
            client_max_body_size 100M;
            proxy_request_buffering off;
        }

        # Custom API: Other endpoints under /api/threads
        location ~ ^/api/threads {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: Swagger UI
        location /docs {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: ReDoc
        location /redoc {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # API Documentation: OpenAPI Schema
        location /openapi.json {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Health check endpoint (gateway)
        location /health {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # ── Provisioner API (sandbox management) ────────────────────────
        # Use a variable so nginx resolves provisioner at request time (not startup).
        # This allows nginx to start even when provisioner container is not running.
        location /api/sandboxes {
            set $provisioner_upstream provisioner:8002;
            proxy_pass http://$provisioner_upstream;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # Catch-all for /api/ routes not covered above (e.g. /api/v1/auth/*).
        # More specific prefix and regex locations above still take precedence.
        location /api/ {
            proxy_pass http://gateway;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        # All other requests go to frontend
        location / {
            proxy_pass http://frontend;
            proxy_http_version 1.1;

            # Headers
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection 'upgrade';
            proxy_cache_bypass $http_upgrade;

            # Timeouts
            proxy_connect_timeout 600s;
            proxy_send_timeout 600s;
            proxy_read_timeout 600s;
        }
    }
}
`,
    mistakes: [
      {
        check: 'hostname-resolved-once',
        line: 26,
        note: '#1837 removed zone/resolve, kept the resolver and wrote (lines 21-24) that 127.0.0.11 handles service discovery and that the names stay valid for the deployment\'s lifetime; the PR, fixing #2672, says gateway is resolved at start-up and "can go stale after the gateway container restarts", and moves both names into variables',
      },
      {
        check: 'hostname-resolved-once',
        line: 30,
      },
      {
        check: 'connection-header-forced',
        line: 232,
        note: "as in the #1516 entry; not this PR's subject",
      },
    ],
    note: 'docker/nginx/nginx.conf at commit 8e48b7e85c47625d44c51600b6a496ee5e3c1906 (the parent of 028493b, the #2717 merge). The text of issue #2672 is not in the stored material; the PR states the failure. The comment is the trap: a resolver is in force, yet the upstream servers are still resolved once.',
  },
  {
    source: 'https://github.com/zabbix/zabbix-docker/issues/732',
    resolvedAt:
      'https://github.com/zabbix/zabbix-docker/commit/92e9489dce2d244ac70dc8f176786624c8d20033',
    title: "FastCGI read timeout of 180 s under PHP's 600 s max_execution_time",
    text: `server {
    listen          8080;
    server_name     zabbix;
    index           index.php;

    access_log      /dev/fd/1 main;
    error_log       /dev/fd/2 notice;

    set $webroot '/usr/share/zabbix';

    root $webroot;

    large_client_header_buffers 8 8k;
    client_max_body_size 10M;


    location = /favicon.ico {
        log_not_found off;
    }

    location = /robots.txt {
        allow all;
        log_not_found off;
        access_log off;
    }

    # deny running scripts inside writable directories
    location ~* /(images|cache|media|logs|tmp)/.*\\.(php|pl|py|jsp|asp|sh|cgi)$ {
        return 403;
        error_page 403 /403_error.html;
    }

    # Deny all attempts to access hidden files such as .htaccess, .htpasswd, .DS_Store (Mac).
    location ~ /\\. {
        deny all;
        access_log off;
        log_not_found off;
    }

    # caching of files
    location ~* \\.(ico|pdf|flv)$ {
        expires 1y;
    }

    location ~* \\.(js|css|png|jpg|jpeg|gif|swf|xml|txt)$ {
        expires 14d;
    }

    location / {
        try_files $uri $uri/ /index.php?$args;
    }

    location ~ .php$ {
        fastcgi_pass   unix:/tmp/php-fpm.sock;
        fastcgi_index  index.php;

        fastcgi_param  SCRIPT_FILENAME  $webroot$fastcgi_script_name;

        include fastcgi_params;
        fastcgi_param  QUERY_STRING     $query_string;
        fastcgi_param  REQUEST_METHOD   $request_method;
        fastcgi_param  CONTENT_TYPE     $content_type;
        fastcgi_param  CONTENT_LENGTH   $content_length;
        fastcgi_intercept_errors        on;
        fastcgi_ignore_client_abort     off;
        fastcgi_connect_timeout 60;
        fastcgi_send_timeout 180;
        fastcgi_read_timeout 180;
        fastcgi_buffer_size 128k;
        fastcgi_buffers 4 256k;
        fastcgi_busy_buffers_size 256k;
        fastcgi_temp_file_write_size 256k;
    }
}
`,
    mistakes: [
      {
        check: 'read-timeout-too-short',
        line: 68,
        note: "the reporter's heavy API call ran past 180 s while PHP allowed 600 s, so nginx timed out first; the maintainers then set fastcgi_read_timeout to ZBX_MAXEXECUTIONTIME + 1 in the entrypoint",
      },
    ],
    log: `2020/09/21 10:12:37 [error] 46#46: *9368 upstream timed out (110: Operation timed out) while reading response header from upstream, client: x.x.x.x, server: zabbix, request: "POST /zabbix/api_jsonrpc.php HTTP/1.1", upstream: "fastcgi://unix:/tmp/php-fpm.sock", host: "xxx.net"`,
    note: 'web-nginx-mysql/alpine/conf/etc/zabbix/nginx.conf at commit c1980de8536be3b86d396758b67c737a4ad9bbc8 (the parent of 92e9489). The issue does not say which image variant; all six web-nginx-* variants had this same file then (blob 62c9be1). The fix commit does not cite the issue but changes the line it names, three weeks later. "110: Operation timed out" is musl\'s wording (Alpine). fastcgi_buffer_size 128k and its buffers must raise nothing (no too-big-header line).',
  },
  {
    source: 'https://github.com/Varying-Vagrant-Vagrants/VVV/pull/135',
    resolvedAt:
      'https://github.com/Varying-Vagrant-Vagrants/VVV/commit/f2323efc33ac1fdd436f3bf51b159984283f5edf',
    title: 'WordPress admin-ajax headers over the default FastCGI buffer',
    text: `# nginx-wp-common.conf
#
# Contains a common configuration for use by nginx on a WordPress
# installation. This file should be included in any WordPress site
# nginx config with the following line:
#
#     include      /etc/nginx/nginx-wp-common.conf;
#
# See local-nginx-example.conf-sample for a full example
location / {
    index index.php;
    try_files $uri $uri/ /index.php?$args;
}

# Weird things happened to me when I had gzip on, may need to try
# again in the future as it could have been related to many other
# factors - JF
gzip off;

# Add trailing slash to */wp-admin requests.
rewrite /wp-admin$ $scheme://$host$uri/ permanent;

# this prevents hidden files (beginning with a period) from being served
location ~ /\\. {
	access_log off;
	log_not_found off;
	deny all;
}

# Pass uploaded files to wp-includes/ms-files.php.
rewrite /files/$ /index.php last;

if ($uri !~ wp-content/plugins) {
    rewrite /files/(.+)$ /wp-includes/ms-files.php?file=$1 last;
}

# Rewrite multisite in a subdirectory '.../wp-.*' and '.../*.php'.
if (!-e $request_filename) {
    rewrite ^/[_0-9a-zA-Z-]+(/wp-.*) $1 last;
    rewrite ^/[_0-9a-zA-Z-]+.*(/wp-admin/.*\\.php)$ $1 last;
    rewrite ^/[_0-9a-zA-Z-]+(/.*\\.php)$ $1 last;
}

location ~ \\.php$ {
    client_max_body_size 50M;
    try_files      $uri =404;

    # Include the fastcgi_params defaults provided by nginx
    include        /etc/nginx/fastcgi_params;
    fastcgi_read_timeout 3600s;

    # SCRIPT_FILENAME is a required parameter for things to work properly,
    # but was missing in the default fastcgi_params on upgrade to nginx 1.4.
    # We define it here to be sure that it exists.
    fastcgi_param   SCRIPT_FILENAME         $document_root$fastcgi_script_name;

    # Use the upstream for php5-fpm that we defined in nginx.conf
    fastcgi_pass   php;

    # And get to serving the file!
    fastcgi_index  index.php;
}
`,
    mistakes: [
      {
        check: 'header-buffer-too-small',
        line: 58,
        note: "no fastcgi_buffer_size in force, so one memory page; admin-ajax.php answered with bigger headers; the PR author's commit f2323ef added fastcgi_buffer_size 128k and fastcgi_buffers 4 128k under the read timeout",
      },
    ],
    log: `2013/08/23 13:58:52 [error] 18860#0: *1 upstream sent too big header while reading response header from upstream, client: 192.168.50.1, server: local.pencil.dev, request: "GET /wp-admin/admin-ajax.php HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock:"`,
    note: "config/nginx-config/nginx-wp-common.conf at commit 2f9dbbdf7b88dfa743c6fb90bb4eb052ad988ce7 (the parent of f2323ef), the include of every VVV site. `fastcgi_pass php` names the group `upstream php { server unix:/var/run/php5-fpm.sock; }` of VVV's nginx.conf, which is not in this file. The log line ends at its upstream field, as posted. The PR itself was closed; the commit is in the project's history. Nothing here ties the log's unix:/var/run/php5-fpm.sock to `fastcgi_pass php` except that it is the paste's only fastcgi_pass.",
  },
  {
    source: 'https://github.com/hypothesis/h/pull/6770',
    title: '4096 worker connections on the open-file limit the worker inherits',
    text: `daemon off;
worker_processes auto;
pid /var/lib/hypothesis/nginx.pid;
error_log /dev/stderr;

events {
  worker_connections 4096;
}

http {
  client_max_body_size 20m;
  sendfile on;
  server_tokens off;

  include mime.types;
  default_type application/octet-stream;

  access_log off;

  # If there is an auth token, rate limit based on that,
  # else if there is a cloudflare ip header rate limit based on that,
  # otherwise assume it's from an internal service and do not 
  # rate limit at all.
  map $http_authorization $limit_per_user {
    "" $http_cf_connecting_ip;
    default $http_authorization;
  }

  # 1m stands for 1 megabyte so the zone can store ~8k users.
  # User's typically don't go over 1rps including bots so set the
  # generic rate limit of all endpoints to 1rps.
  limit_req_zone $limit_per_user zone=badge_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=assets_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=create_ann_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=user_1rps_limit:1m rate=1r/s;
  limit_req_status 429;

  # We set fail_timeout=0 so that the upstream isn't marked as down if a single
  # request fails (e.g. if gunicorn kills a worker for taking too long to handle
  # a single request).
  upstream web { server unix:/tmp/gunicorn-web.sock fail_timeout=0; }
  upstream websocket { server unix:/tmp/gunicorn-websocket.sock fail_timeout=0; }

  server {
    listen 5000;

    server_name _;
    server_tokens off;

    root /var/www;

    location /ws {
      proxy_pass http://websocket;
      proxy_http_version 1.1;
      proxy_redirect off;
      proxy_buffering off;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Server $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /annotating-all-knowledge/ {
      proxy_pass https://hypothesis.github.io;
      proxy_http_version 1.1;
      proxy_set_header Host $proxy_host;
      proxy_set_header X-Real-IP $remote_addr;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /roadmap {
      return 302 "https://github.com/hypothesis/product-backlog/projects/6";
    }

    location @api_error_429 {
        return 429 '{"status": "failure", "reason": "Request rate limit exceeded"}';
    }

    location / {
      proxy_pass http://web;
      proxy_http_version 1.1;
      proxy_connect_timeout 10s;
      proxy_send_timeout 10s;
      proxy_read_timeout 10s;
      proxy_redirect off;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Server $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Request-Start "t=\${msec}";

      # The /api/badge endpoint limit is chosen to limit the
      # load from any single user, and take advantage of latency
      # not being critical.
      location /api/badge {
        limit_req zone=badge_user_1rps_limit burst=15;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      # The /assets rate limit is chosen so that the user
      # can refresh the web page with the most asset links
      # on it a few times in succession without hitting the
      # limit.
      location /assets {
        limit_req zone=assets_user_1rps_limit burst=139 nodelay;

        proxy_pass http://web;
      }

      # The POST /api/annotations limit is chosen to allow
      # reasonable usage while preventing a single user from
      # causing service disruption.
      location =/api/annotations {
        limit_req zone=create_ann_user_1rps_limit burst=8;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      location /api {
        limit_req zone=user_1rps_limit burst=44 nodelay;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      # An overall rate limit was chosen to allow reasonable usage while
      # preventing a single user from causing service disruption.
      limit_req zone=user_1rps_limit burst=44 nodelay;
    }
  }

  server {
    listen 127.0.0.234:5000;
    server_name _;

    location /status {
      stub_status on;
      access_log off;
      allow 127.0.0.0/24;
      deny all;
    }
  }
}
`,
    mistakes: [
      {
        check: 'worker-connections-over-nofile',
        line: 7,
        note: "no worker_rlimit_nofile, so workers keep the soft limit they start with; production logged accept4() failed (24: No file descriptors available), and the PR set worker_rlimit_nofile (65536, then 4096, the deploys' hard limit). It points at worker_connections because the missing directive goes beside it.",
      },
    ],
    log: `2021/07/08 12:43:00 [crit] 15#15: accept4() failed (24: No file descriptors available)`,
    note: "conf/nginx.conf at commit 4d00bdb9ec0e1cf3242faf6f14ba4eb0044b2fe0 (the parent of the PR's first commit d7ba043). The limit in force is not in the file: the `ulimit -n` of 1048576 in the PR was, its author says, maybe his own machine's, and the second commit names a hard limit of 4096 in the deploys. The log line carries no upstream; it is an accept4() failure, not a proxied request. Not labelled: `proxy_set_header Connection upgrade;` (line 58) is in the websocket-only /ws location, and `proxy_pass https://hypothesis.github.io;` (line 65) sends no SNI to GitHub Pages, which no stored thread says failed.",
  },
  {
    source:
      'https://github.com/hypothesis/h/blob/36ee2a1bfa6befedd9aafd84fcdddac20a611f83/conf/nginx.conf',
    title: 'worker_rlimit_nofile equal to worker_connections, short of 2× by its own comment',
    text: `daemon off;
worker_processes auto;
pid /var/lib/hypothesis/nginx.pid;
error_log /dev/stderr;

# This file handle limit should ideally by the number of worker 
# connections * 2. But it can't exceed the "hard" limit applied 
# by the OS. Which for the moment is 4096 in our deploys.
worker_rlimit_nofile 4096;

events {
  worker_connections 4096;
}

http {
  client_max_body_size 20m;
  sendfile on;
  server_tokens off;

  include mime.types;
  default_type application/octet-stream;

  access_log off;

  # If there is an auth token, rate limit based on that,
  # else if there is a cloudflare ip header rate limit based on that,
  # otherwise assume it's from an internal service and do not
  # rate limit at all.
  map $http_authorization $limit_per_user {
    "" $http_cf_connecting_ip;
    default $http_authorization;
  }

  # 1m stands for 1 megabyte so the zone can store ~8k users.
  # User's typically don't go over 1rps including bots so set the
  # generic rate limit of all endpoints to 1rps.
  limit_req_zone $limit_per_user zone=badge_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=assets_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=create_ann_user_1rps_limit:1m rate=1r/s;
  limit_req_zone $limit_per_user zone=user_1rps_limit:1m rate=1r/s;
  limit_req_status 429;

  # We set fail_timeout=0 so that the upstream isn't marked as down if a single
  # request fails (e.g. if gunicorn kills a worker for taking too long to handle
  # a single request).
  upstream web { server unix:/tmp/gunicorn-web.sock fail_timeout=0; }
  upstream websocket { server unix:/tmp/gunicorn-websocket.sock fail_timeout=0; }

  server {
    listen 5000;

    server_name _;
    server_tokens off;

    root /var/www;

    location /ws {
      proxy_pass http://websocket;
      proxy_http_version 1.1;
      proxy_redirect off;
      proxy_buffering off;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Server $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /annotating-all-knowledge/ {
      proxy_pass https://hypothesis.github.io;
      proxy_http_version 1.1;
      proxy_set_header Host $proxy_host;
      proxy_set_header X-Real-IP $remote_addr;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /roadmap {
      return 302 "https://github.com/hypothesis/product-backlog/projects/6";
    }

    location @api_error_429 {
        return 429 '{"status": "failure", "reason": "Request rate limit exceeded"}';
    }

    location / {
      proxy_pass http://web;
      proxy_http_version 1.1;
      proxy_connect_timeout 10s;
      proxy_send_timeout 10s;
      proxy_read_timeout 10s;
      proxy_redirect off;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Server $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Request-Start "t=\${msec}";

      # The /api/badge endpoint limit is chosen to limit the
      # load from any single user, and take advantage of latency
      # not being critical.
      location /api/badge {
        limit_req zone=badge_user_1rps_limit burst=15;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      # The /assets rate limit is chosen so that the user
      # can refresh the web page with the most asset links
      # on it a few times in succession without hitting the
      # limit.
      location /assets {
        limit_req zone=assets_user_1rps_limit burst=139 nodelay;

        proxy_pass http://web;
      }

      # The POST /api/annotations limit is chosen to allow
      # reasonable usage while preventing a single user from
      # causing service disruption.
      location =/api/annotations {
        limit_req zone=create_ann_user_1rps_limit burst=8;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      location /api {
        limit_req zone=user_1rps_limit burst=44 nodelay;
        error_page 429 @api_error_429;

        proxy_pass http://web;
      }

      # An overall rate limit was chosen to allow reasonable usage while
      # preventing a single user from causing service disruption.
      limit_req zone=user_1rps_limit burst=44 nodelay;
    }
  }

  server {
    listen 127.0.0.234:5000;
    server_name _;

    location /status {
      stub_status on;
      access_log off;
      allow 127.0.0.0/24;
      deny all;
    }
  }
}
`,
    mistakes: [
      {
        check: 'worker-connections-over-nofile',
        line: 9,
        note: "the catalogue's rule (config-mistakes.md §4.12: worker_rlimit_nofile < 2 × worker_connections): a proxied request holds two descriptors, so at 4096 a worker runs out near 2048 clients; the comment above says 2× is ideal and keeps 4096 because that is the hard limit",
      },
    ],
    note: "Shipped by the second commit of PR #6770 and still the file at the snapshot's HEAD. Borderline: the maintainers chose it knowingly, and no later failure is in the stored threads. Labelled so that the catalogue's 2× rule and the check's threshold can be compared on a real file. Lines 63 and 70 are the /ws Connection upgrade and the GitHub Pages proxy_pass of the previous entry, not labelled for the same reasons.",
  },
]
