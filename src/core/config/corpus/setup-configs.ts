/**
 * Real configurations that show where nginx and its backend run, or what the backend is,
 * stored as published (a ConfigMap's or a comment's nginx part cut out, never edited), with the
 * setup their source shows. Used to test setupFromConfig; the broken configs of configs.ts are
 * used too.
 */
import type { SetupAnswers } from '../../fix/types.ts'

/** A configuration whose source shows the setup it runs in. */
export interface SetupConfig {
  source: string
  text: string
  /** What the source shows; a question left out must stay unanswered. */
  setup: SetupAnswers
  /** The config checks it must raise (`check@line`); none for a working config. */
  checks: string[]
  note?: string
}

export const SETUP_CONFIGS: readonly SetupConfig[] = [
  {
    source:
      'https://github.com/cortexproject/cortex/blob/0e040d0737cb87add3d6575a15997617d15dda77/k8s/nginx-config.yaml',
    note: "The nginx.conf of the project's Kubernetes ConfigMap, from its first line on: proxy_pass to Service names under .svc.cluster.local.",
    text: `    worker_processes  5;  ## Default: 1
    error_log  /dev/stderr;
    pid        nginx.pid;
    worker_rlimit_nofile 8192;

    events {
      worker_connections  4096;  ## Default: 1024
    }

    http {
      default_type application/octet-stream;
      log_format   main '$remote_addr - $remote_user [$time_local]  $status '
        '"$request" $body_bytes_sent "$http_referer" '
        '"$http_user_agent" "$http_x_forwarded_for"';
      access_log   /dev/stderr  main;
      sendfile     on;
      tcp_nopush   on;
      resolver 10.96.0.10;

      server { # simple reverse-proxy
        listen 80;
        proxy_set_header X-Scope-OrgID 0;

        # pass requests for dynamic content to rails/turbogears/zope, et al
        location = /api/prom/push {
          proxy_pass      http://distributor.default.svc.cluster.local$request_uri;
        }

        location ~ /api/prom/.* {
          proxy_pass      http://querier.default.svc.cluster.local$request_uri;
        }
      }
    }`,
    setup: { runtime: 'kubernetes', location: 'container' },
    checks: [],
  },
  {
    source:
      'https://github.com/MoAboDaif/calculator-app/blob/cec872dbf8060de45fe32abeb6738d2510404b15/frontend/nginx/nginx.conf.template',
    note: 'The template its entrypoint.sh runs through envsubst inside the nginx image.',
    text: `server {
    listen 80;
    server_name \${SERVER_NAME};
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl;
    server_name \${SERVER_NAME};
    
    ssl_certificate /etc/letsencrypt/live/\${SERVER_NAME}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/\${SERVER_NAME}/privkey.pem;
    
    location / {
        proxy_pass http://\${FRONTEND_HOST}:\${FRONTEND_PORT};
    }
    
    location /api/ {
        proxy_pass http://\${BACKEND_HOST}:\${BACKEND_PORT}/;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        
        # Handle preflight requests
        if ($request_method = 'OPTIONS') {
            add_header 'Access-Control-Allow-Origin' 'https://\${SERVER_NAME}';
            add_header 'Access-Control-Allow-Methods' 'GET, POST, OPTIONS';
            add_header 'Access-Control-Allow-Headers' 'Content-Type';
            add_header 'Access-Control-Allow-Credentials' 'true';
            add_header 'Content-Length' 0;
            return 204;
        }
    }
}`,
    setup: { runtime: 'docker', location: 'container' },
    checks: [],
  },
  {
    source: 'https://github.com/Ubiquiti-App/UNMS/issues/176',
    note: "The image's nginx.conf as quoted in the issue (with its '...'); the issue asks for Kubernetes, the image runs in Docker.",
    text: `http {
  # we must define resolver to be able to resolve container names line 'unms' and 'ucrm' in proxy_pass directives
  resolver 127.0.0.11;
  ...`,
    setup: { runtime: 'docker', location: 'container' },
    checks: [],
  },
  {
    source: 'https://github.com/linuxserver-archive/docker-letsencrypt/issues/459',
    note: 'The two blocks the reporter posted, cut where the stored comment is cut; the upstream is another container by name.',
    text: `upstream container-upstream {
        server container:5000 max_fails=18 fail_timeout=10s;
}`,
    setup: { location: 'container' },
    // The thread: after the backend container restarted, 502 until nginx restarted too.
    checks: ['hostname-resolved-once@2'],
  },
]
