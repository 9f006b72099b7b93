/**
 * PHP-FPM pool files posted or shipped beside the nginx configuration they served, from threads
 * where `connect() to unix:… failed (13: Permission denied)` was (or was not) the socket's owner,
 * group and mode shutting nginx's worker user out. For the socket-owner-mismatch check, which
 * needs the pool's listen.owner/listen.group/listen.mode and nginx's `user` together. Stored as
 * posted or as committed (a long file may be cut, never edited).
 */

/** One nginx file as posted or shipped, with where it lives. */
export interface PoolCorpusNginxFile {
  /** Its path on the server or in the project, as the thread or repository names it. */
  path: string
  /** As posted, byte for byte (a long file may be cut, never edited). */
  text: string
}

/** A PHP-FPM pool with the nginx configuration it served, and what the thread showed. */
export interface PoolCorpusConfig {
  /** The thread, or the shipped file at a commit. */
  source: string
  /** The comment, answer or commit that shows the resolution, when it has its own address. */
  resolvedAt?: string
  /** A few words. */
  title: string
  /** The nginx files of the same setup (where `user` is set, or the server block when it is not). */
  nginx: readonly PoolCorpusNginxFile[]
  /** The pool file (or the part of it posted), byte for byte. */
  pool: string
  /**
   * The user nginx's workers run as: from a `user` directive in `nginx` (its file index and
   * 1-based line), nginx's or the distribution's default when none is given, or only what the
   * thread shows (`ps`).
   */
  nginxUser: {
    name: string
    from: 'user-directive' | 'default' | 'thread'
    file?: number
    line?: number
  }
  /** The nginx log lines of the same thread, when posted. */
  log?: string
  /** Whether nginx's worker can open the pool's socket as these files stand. */
  verdict: 'denied' | 'allowed'
  /** The mistake, at the 1-based line of `pool` (or of nginx file `file`) where the fix goes. */
  mistakes: {
    check: 'socket-owner-mismatch'
    in: 'pool' | 'nginx'
    file?: number
    line: number
    note?: string
  }[]
  /** Judgement calls. */
  note?: string
}

export const POOL_CORPUS_CONFIGS: readonly PoolCorpusConfig[] = [
  {
    source: 'https://github.com/outroll/vesta/issues/546',
    resolvedAt: 'https://github.com/outroll/vesta/commit/6a9ded7c994f9772d0d974247b4fd297c998700d',
    title: 'Debian pool template gives the socket to group nginx; nginx runs as www-data',
    nginx: [
      {
        path: 'install/debian/8/nginx/nginx.conf',
        text: `# Server globals
user                    www-data;
worker_processes        2;
error_log               /var/log/nginx/error.log;
pid                     /var/run/nginx.pid;


# Worker config
events {
        worker_connections  1024;
        use                 epoll;
}


http {
    # Main settings
    sendfile                        on;
    tcp_nopush                      on;
    tcp_nodelay                     on;
    client_header_timeout           1m;
    client_body_timeout             1m;
    client_header_buffer_size       2k;
    client_body_buffer_size         256k;
    client_max_body_size            256m;
    large_client_header_buffers     4   8k;
    send_timeout                    30;
    keepalive_timeout               60 60;
    reset_timedout_connection       on;
    server_tokens                   off;
    server_name_in_redirect         off;
    server_names_hash_max_size      512;
    server_names_hash_bucket_size   512;


    # Log format
    log_format  main    '$remote_addr - $remote_user [$time_local] $request '
                        '"$status" $body_bytes_sent "$http_referer" '
                        '"$http_user_agent" "$http_x_forwarded_for"';
    log_format  bytes   '$body_bytes_sent';
    #access_log          /var/log/nginx/access.log  main;
    access_log off;


    # Mime settings
    include             /etc/nginx/mime.types;
    default_type        application/octet-stream;


    # Compression
    gzip                on;
    gzip_comp_level     9;
    gzip_min_length     512;
    gzip_buffers        8 64k;
    gzip_types          text/plain text/css text/javascript
                        application/x-javascript application/javascript;
    gzip_proxied        any;


    # Proxy settings
    proxy_redirect      off;
    proxy_set_header    Host            $host;
    proxy_set_header    X-Real-IP       $remote_addr;
    proxy_set_header    X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_pass_header   Set-Cookie;
    proxy_connect_timeout   90;
    proxy_send_timeout  90;
    proxy_read_timeout  90;
    proxy_buffers       32 4k;


    # Cloudflare https://www.cloudflare.com/ips
    set_real_ip_from   199.27.128.0/21;
    set_real_ip_from   173.245.48.0/20;
    set_real_ip_from   103.21.244.0/22;
    set_real_ip_from   103.22.200.0/22;
    set_real_ip_from   103.31.4.0/22;
    set_real_ip_from   141.101.64.0/18;
    set_real_ip_from   108.162.192.0/18;
    set_real_ip_from   190.93.240.0/20;
    set_real_ip_from   188.114.96.0/20;  
    set_real_ip_from   197.234.240.0/22;
    set_real_ip_from   198.41.128.0/17;
    set_real_ip_from   162.158.0.0/15;
    set_real_ip_from   104.16.0.0/12;
    set_real_ip_from   172.64.0.0/13;
    #set_real_ip_from   2400:cb00::/32;
    #set_real_ip_from   2606:4700::/32;
    #set_real_ip_from   2803:f800::/32;
    #set_real_ip_from   2405:b500::/32;
    #set_real_ip_from   2405:8100::/32;
    real_ip_header     CF-Connecting-IP;


    # SSL PCI Compliance
    ssl_session_cache   shared:SSL:10m;
    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;
    ssl_prefer_server_ciphers on;
    ssl_ciphers        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:ECDHE-RSA-DES-CBC3-SHA:EDH-RSA-DES-CBC3-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA256:AES128-SHA256:AES256-SHA:AES128-SHA:DES-CBC3-SHA:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!MD5:!PSK:!RC4";


    # Error pages
    error_page          403          /error/403.html;
    error_page          404          /error/404.html;
    error_page          502 503 504  /error/50x.html;


    # Cache
    proxy_cache_path /var/cache/nginx levels=2 keys_zone=cache:10m inactive=60m max_size=512m;
    proxy_cache_key "$host$request_uri $cookie_user";
    proxy_temp_path  /var/cache/nginx/temp;
    proxy_ignore_headers Expires Cache-Control;
    proxy_cache_use_stale error timeout invalid_header http_502;
    proxy_cache_valid any 3d;

    map $http_cookie $no_cache {
        default 0;
        ~SESS 1;
        ~wordpress_logged_in 1;
    }


    # Wildcard include
    include             /etc/nginx/conf.d/*.conf;
}
`,
      },
    ],
    pool: `[%backend%]
listen = /var/run/php5-%backend%.sock
listen.allowed_clients = 127.0.0.1

user = %user%
group = %user%

listen.owner = %user%
listen.group = nginx

pm = dynamic
pm.max_children = 50
pm.start_servers = 3
pm.min_spare_servers = 2
pm.max_spare_servers = 10

env[HOSTNAME] = $HOSTNAME
env[PATH] = /usr/local/bin:/usr/bin:/bin
env[TMP] = /tmp
env[TMPDIR] = /tmp
env[TEMP] = /tmp
`,
    nginxUser: { name: 'www-data', from: 'user-directive', file: 0, line: 2 },
    log: `2015/12/15 00:45:05 [crit] 8944#0: *490 connect() to unix:/var/run/php5-domain.tld.sock failed (13: Permission denied) while connecting to upstream, client: 127.0.0.1, server: domain.tld, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-domain.tld.sock:", host: "domain.tld"`,
    verdict: 'denied',
    mistakes: [
      {
        check: 'socket-owner-mismatch',
        in: 'pool',
        line: 9,
        note: "listen.group = nginx, a group www-data is not in; listen.owner is the site's user (%user%) and listen.mode is unset (0660), so the www-data worker has no way in; the fix set listen.owner and listen.group to www-data",
      },
    ],
    note: "install/debian/8/nginx/nginx.conf and install/debian/8/templates/web/php5-fpm/socket.tpl at commit 0c25d7f4ae260f84b9b4afac8836e3302e5887d1, the repository's versions, on the issue's date, of the files it links (c.vestacp.com/0.9.8/debian/8/…). The pool is Vesta's template: %backend% and %user% are filled per site (the log's php5-domain.tld.sock is `listen = /var/run/php5-%backend%.sock` for domain.tld); neither changes the verdict. The fix commit 6a9ded7 (every distribution's template) does not cite the issue.",
  },
  {
    source:
      'https://github.com/outroll/vesta/blob/0c25d7f4ae260f84b9b4afac8836e3302e5887d1/install/rhel/7/templates/web/php-fpm/socket.tpl',
    title: 'The same template on RHEL, where nginx runs as nginx',
    nginx: [
      {
        path: 'install/rhel/7/nginx/nginx.conf',
        text: `# Server globals
user                    nginx;
worker_processes        2;
error_log               /var/log/nginx/error.log;
pid                     /var/run/nginx.pid;


# Worker config
events {
        worker_connections  1024;
        use                 epoll;
}


http {
    # Main settings
    sendfile                        on;
    tcp_nopush                      on;
    tcp_nodelay                     on;
    client_header_timeout           1m;
    client_body_timeout             1m;
    client_header_buffer_size       2k;
    client_body_buffer_size         256k;
    client_max_body_size            256m;
    large_client_header_buffers     4   8k;
    send_timeout                    30;
    keepalive_timeout               60 60;
    reset_timedout_connection       on;
    server_tokens                   off;
    server_name_in_redirect         off;
    server_names_hash_max_size      512;
    server_names_hash_bucket_size   512;


    # Log format
    log_format  main    '$remote_addr - $remote_user [$time_local] $request '
                        '"$status" $body_bytes_sent "$http_referer" '
                        '"$http_user_agent" "$http_x_forwarded_for"';
    log_format  bytes   '$body_bytes_sent';
    #access_log          /var/log/nginx/access.log  main;
    access_log off;


    # Mime settings
    include             /etc/nginx/mime.types;
    default_type        application/octet-stream;


    # Compression
    gzip                on;
    gzip_comp_level     9;
    gzip_min_length     512;
    gzip_buffers        8 64k;
    gzip_types          text/plain text/css text/javascript
                        application/x-javascript application/javascript;
    gzip_proxied        any;


    # Proxy settings
    proxy_redirect      off;
    proxy_set_header    Host            $host;
    proxy_set_header    X-Real-IP       $remote_addr;
    proxy_set_header    X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_pass_header   Set-Cookie;
    proxy_connect_timeout   90;
    proxy_send_timeout  90;
    proxy_read_timeout  90;
    proxy_buffers       32 4k;


    # SSL PCI Compliance
    ssl_session_cache   shared:SSL:10m;
    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;
    ssl_prefer_server_ciphers on;
    ssl_ciphers        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:ECDHE-RSA-DES-CBC3-SHA:EDH-RSA-DES-CBC3-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA256:AES128-SHA256:AES256-SHA:AES128-SHA:DES-CBC3-SHA:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!MD5:!PSK:!RC4";


    # Error pages
    error_page          403          /error/403.html;
    error_page          404          /error/404.html;
    error_page          502 503 504  /error/50x.html;


    # Cache
    proxy_cache_path /var/cache/nginx levels=2 keys_zone=cache:10m inactive=60m max_size=512m;
    proxy_temp_path  /var/cache/nginx/temp;
    proxy_cache_key "$host$request_uri $cookie_user";
    proxy_ignore_headers Expires Cache-Control;
    proxy_cache_use_stale error timeout invalid_header http_502;
    proxy_cache_valid any 3d;

    map $http_cookie $no_cache {
        default 0;
        ~SESS 1;
        ~wordpress_logged_in 1;
    }


    # Wildcard include
    include             /etc/nginx/conf.d/*.conf;
}
`,
      },
    ],
    pool: `[%backend%]
listen = /var/run/php5-%backend%.sock
listen.allowed_clients = 127.0.0.1

user = %user%
group = %user%

listen.owner = %user%
listen.group = nginx

pm = dynamic
pm.max_children = 50
pm.start_servers = 3
pm.min_spare_servers = 2
pm.max_spare_servers = 10

env[HOSTNAME] = $HOSTNAME
env[PATH] = /usr/local/bin:/usr/bin:/bin
env[TMP] = /tmp
env[TMPDIR] = /tmp
env[TEMP] = /tmp
`,
    nginxUser: { name: 'nginx', from: 'user-directive', file: 0, line: 2 },
    verdict: 'allowed',
    mistakes: [],
    note: "Same commit, same template text as the Debian one: here listen.group = nginx is the group of nginx's `user nginx;` (with no group given, nginx uses the group named like the user), and the default mode 0660 gives the group read and write. A check must compare the group with the worker's, not flag `listen.group = nginx` by itself. (The fix commit 6a9ded7 later set www-data in this template too, which the RHEL nginx user is not; no thread about that is stored.)",
  },
  {
    source:
      'https://github.com/outroll/vesta/blob/6a9ded7c994f9772d0d974247b4fd297c998700d/install/debian/8/templates/web/php5-fpm/socket.tpl',
    title: 'The Debian template after the fix: socket owned by www-data',
    nginx: [
      {
        path: 'install/debian/8/nginx/nginx.conf',
        text: `# Server globals
user                    www-data;
worker_processes        2;
error_log               /var/log/nginx/error.log;
pid                     /var/run/nginx.pid;


# Worker config
events {
        worker_connections  1024;
        use                 epoll;
}


http {
    # Main settings
    sendfile                        on;
    tcp_nopush                      on;
    tcp_nodelay                     on;
    client_header_timeout           1m;
    client_body_timeout             1m;
    client_header_buffer_size       2k;
    client_body_buffer_size         256k;
    client_max_body_size            256m;
    large_client_header_buffers     4   8k;
    send_timeout                    30;
    keepalive_timeout               60 60;
    reset_timedout_connection       on;
    server_tokens                   off;
    server_name_in_redirect         off;
    server_names_hash_max_size      512;
    server_names_hash_bucket_size   512;


    # Log format
    log_format  main    '$remote_addr - $remote_user [$time_local] $request '
                        '"$status" $body_bytes_sent "$http_referer" '
                        '"$http_user_agent" "$http_x_forwarded_for"';
    log_format  bytes   '$body_bytes_sent';
    #access_log          /var/log/nginx/access.log  main;
    access_log off;


    # Mime settings
    include             /etc/nginx/mime.types;
    default_type        application/octet-stream;


    # Compression
    gzip                on;
    gzip_comp_level     9;
    gzip_min_length     512;
    gzip_buffers        8 64k;
    gzip_types          text/plain text/css application/json application/javascript text/xml application/xml application/xml+rss text/javascript image/svg+xml application/x-font-ttf font/opentype;
    gzip_proxied        any;


    # Proxy settings
    proxy_redirect      off;
    proxy_set_header    Host            $host;
    proxy_set_header    X-Real-IP       $remote_addr;
    proxy_set_header    X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_pass_header   Set-Cookie;
    proxy_connect_timeout   90;
    proxy_send_timeout  90;
    proxy_read_timeout  90;
    proxy_buffers       32 4k;


    # Cloudflare https://www.cloudflare.com/ips
    set_real_ip_from   199.27.128.0/21;
    set_real_ip_from   173.245.48.0/20;
    set_real_ip_from   103.21.244.0/22;
    set_real_ip_from   103.22.200.0/22;
    set_real_ip_from   103.31.4.0/22;
    set_real_ip_from   141.101.64.0/18;
    set_real_ip_from   108.162.192.0/18;
    set_real_ip_from   190.93.240.0/20;
    set_real_ip_from   188.114.96.0/20;  
    set_real_ip_from   197.234.240.0/22;
    set_real_ip_from   198.41.128.0/17;
    set_real_ip_from   162.158.0.0/15;
    set_real_ip_from   104.16.0.0/12;
    set_real_ip_from   172.64.0.0/13;
    #set_real_ip_from   2400:cb00::/32;
    #set_real_ip_from   2606:4700::/32;
    #set_real_ip_from   2803:f800::/32;
    #set_real_ip_from   2405:b500::/32;
    #set_real_ip_from   2405:8100::/32;
    real_ip_header     CF-Connecting-IP;


    # SSL PCI Compliance
    ssl_session_cache   shared:SSL:10m;
    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;
    ssl_prefer_server_ciphers on;
    ssl_ciphers        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:ECDHE-RSA-DES-CBC3-SHA:EDH-RSA-DES-CBC3-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA256:AES128-SHA256:AES256-SHA:AES128-SHA:DES-CBC3-SHA:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!MD5:!PSK:!RC4";


    # Error pages
    error_page          403          /error/403.html;
    error_page          404          /error/404.html;
    error_page          502 503 504  /error/50x.html;


    # Cache
    proxy_cache_path /var/cache/nginx levels=2 keys_zone=cache:10m inactive=60m max_size=512m;
    proxy_cache_key "$host$request_uri $cookie_user";
    proxy_temp_path  /var/cache/nginx/temp;
    proxy_ignore_headers Expires Cache-Control;
    proxy_cache_use_stale error timeout invalid_header http_502;
    proxy_cache_valid any 3d;

    map $http_cookie $no_cache {
        default 0;
        ~SESS 1;
        ~wordpress_logged_in 1;
    }


    # Wildcard include
    include             /etc/nginx/conf.d/*.conf;
}
`,
      },
    ],
    pool: `[%backend%]
listen = /var/run/php5-%backend%.sock
listen.allowed_clients = 127.0.0.1

user = %user%
group = %user%

listen.owner = www-data
listen.group = www-data

pm = dynamic
pm.max_children = 50
pm.start_servers = 3
pm.min_spare_servers = 2
pm.max_spare_servers = 10

env[HOSTNAME] = $HOSTNAME
env[PATH] = /usr/local/bin:/usr/bin:/bin
env[TMP] = /tmp
env[TMPDIR] = /tmp
env[TEMP] = /tmp
`,
    nginxUser: { name: 'www-data', from: 'user-directive', file: 0, line: 2 },
    verdict: 'allowed',
    mistakes: [],
    note: 'Both files at the fix commit 6a9ded7: listen.owner and listen.group www-data, nginx `user www-data;`.',
  },
  {
    source: 'https://github.com/javer/hhvm-vagrant-vm/issues/18',
    resolvedAt:
      'https://github.com/javer/hhvm-vagrant-vm/commit/998be4258c3e569439ae3f757f4a03c8405a3465',
    title: "Pool for user vagrant with no listen.owner: the socket stays root's",
    nginx: [
      {
        path: 'etc/nginx/sites-enabled/site.local',
        text: `server {
    listen      *:80 default;
    server_name site.local;
    root        /var/www/site/web;
    access_log  /var/www/site/app/logs/access.log;
    error_log   /var/www/site/app/logs/error.log;

    location / {
        try_files $uri /app.php$is_args$args;
        fastcgi_pass fpm;
    }

    location ~* ^/[^/]+\\.(txt|ico|xml)$ { }
    location ~* ^/(assets|bundles|media)/ { }

    location ~* \\.php$ {
        fastcgi_pass fpm;
    }
}
`,
      },
      {
        path: 'etc/nginx/conf.d/optimized.conf',
        text: `    reset_timedout_connection	on;
    client_header_timeout		15;
    client_body_timeout		15;
    send_timeout			15;

    connection_pool_size		256;
    server_names_hash_bucket_size	128;
    server_names_hash_max_size	1024;
    client_body_buffer_size		512k;
    client_max_body_size		32m;
    client_header_buffer_size	2k;
    large_client_header_buffers	8 2k;
    request_pool_size		4k;

    gzip_min_length	1100;
    gzip_buffers	4 8k;
    gzip_types	text/plain text/css application/x-javascript text/xml application/xml application/xml+rss text/javascript;

    output_buffers	4 256k;
    postpone_output	1460;

    ignore_invalid_headers	on;

    proxy_buffers       16 16k;
    proxy_buffer_size   32k;

    fastcgi_pass_header Set-Cookie;
    fastcgi_ignore_headers Expires Cache-Control Set-Cookie;

    fastcgi_param  SCRIPT_FILENAME    $document_root$fastcgi_script_name;
    include fastcgi_params;

    upstream hhvm {
        server 127.0.0.1:9000;
    }
    upstream fpm {
        server unix:/var/run/php-fpm.sock;
    }
`,
      },
    ],
    pool: `[site]
listen = /var/run/php-fpm.sock
user = vagrant
group = vagrant
pm = dynamic
pm.max_children = 10
pm.start_servers = 2
pm.min_spare_servers = 2
pm.max_spare_servers = 6
`,
    nginxUser: { name: 'www-data', from: 'default' },
    log: `[crit] 26634#0: *1 connect() to unix:/var/run/php-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 10.0.2.2, server: site.local, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "127.0.0.1:9080"`,
    verdict: 'denied',
    mistakes: [
      {
        check: 'socket-owner-mismatch',
        in: 'pool',
        line: 2,
        note: "no listen.owner, listen.group or listen.mode under the socket's listen: the thread shows it as `srw-rw---- 1 root root`; the fix added listen.owner = www-data, listen.group = www-data, listen.mode = 0666",
      },
    ],
    note: "etc/php5/fpm/pool.d/site.conf and the two nginx files at commit 0c2efde572cdb463767082c02eb156cbde987a0d (the parent of 998be42, \"Fixes #18\"). No `user` directive is shipped: the VM installs Ubuntu's nginx-full and copies these files beside the package's own nginx.conf, which is not in the repository; its worker user (www-data on Ubuntu) is inferred, and the fix giving the socket to www-data agrees. The fix also moves the package's www.conf aside.",
  },
  {
    source:
      'https://github.com/javer/hhvm-vagrant-vm/blob/998be4258c3e569439ae3f757f4a03c8405a3465/etc/php5/fpm/pool.d/site.conf',
    title: 'The same pool after the fix: owner www-data, mode 0666',
    nginx: [
      {
        path: 'etc/nginx/sites-enabled/site.local',
        text: `server {
    listen      *:80 default;
    server_name site.local;
    root        /var/www/site/web;
    access_log  /var/www/site/app/logs/access.log;
    error_log   /var/www/site/app/logs/error.log;

    location / {
        try_files $uri /app.php$is_args$args;
        fastcgi_pass fpm;
    }

    location ~* ^/[^/]+\\.(txt|ico|xml)$ { }
    location ~* ^/(assets|bundles|media)/ { }

    location ~* \\.php$ {
        fastcgi_pass fpm;
    }
}
`,
      },
      {
        path: 'etc/nginx/conf.d/optimized.conf',
        text: `    reset_timedout_connection	on;
    client_header_timeout		15;
    client_body_timeout		15;
    send_timeout			15;

    connection_pool_size		256;
    server_names_hash_bucket_size	128;
    server_names_hash_max_size	1024;
    client_body_buffer_size		512k;
    client_max_body_size		32m;
    client_header_buffer_size	2k;
    large_client_header_buffers	8 2k;
    request_pool_size		4k;

    gzip_min_length	1100;
    gzip_buffers	4 8k;
    gzip_types	text/plain text/css application/x-javascript text/xml application/xml application/xml+rss text/javascript;

    output_buffers	4 256k;
    postpone_output	1460;

    ignore_invalid_headers	on;

    proxy_buffers       16 16k;
    proxy_buffer_size   32k;

    fastcgi_pass_header Set-Cookie;
    fastcgi_ignore_headers Expires Cache-Control Set-Cookie;

    fastcgi_param  SCRIPT_FILENAME    $document_root$fastcgi_script_name;
    include fastcgi_params;

    upstream hhvm {
        server 127.0.0.1:9000;
    }
    upstream fpm {
        server unix:/var/run/php-fpm.sock;
    }
`,
      },
    ],
    pool: `[site]
listen = /var/run/php-fpm.sock
user = vagrant
group = vagrant
listen.owner = www-data
listen.group = www-data
listen.mode = 0666
pm = dynamic
pm.max_children = 10
pm.start_servers = 2
pm.min_spare_servers = 2
pm.max_spare_servers = 6
`,
    nginxUser: { name: 'www-data', from: 'default' },
    verdict: 'allowed',
    mistakes: [],
    note: "The nginx files are unchanged by the fix commit (same blobs). The processes still run as vagrant; only the socket's owner, group and mode changed.",
  },
  {
    source: 'https://github.com/Varying-Vagrant-Vagrants/VVV/issues/363',
    resolvedAt:
      'https://github.com/Varying-Vagrant-Vagrants/VVV/commit/6526e47b434b839a177d3b0ef63badc3bda76633',
    title: 'listen.owner, listen.group and listen.mode all commented out',
    nginx: [
      {
        path: 'config/nginx-config/nginx.conf',
        text: `# nginx.conf
#
# This is *the* config file for nginx in the virtual machine, and it
# should probably not be altered often as most things are already
# setup. If you do find yourself altering something here, you may want
# to consider discussing it at the repo so we can share in your findings

# User to run nginx as
user    www-data;

# Default to number of CPU cores available
worker_processes  auto;

# Default error log file
error_log   /var/log/nginx/error.log;

# Nginx process identifier
pid     /var/run/nginx.pid;

# The EventsModule controls how Nginx deals with connections
events {
    # max clients = worker_processes (CPUs) * worker_connections
    worker_connections  2000;
}

# The HttpCoreModule controls core features of Nginx's HTTP processing
http {
    
    # Define MIME types for files
    include      /etc/nginx/mime.types;
    default_type application/octet-stream;

    # Default log file
    access_log  /var/log/nginx/access.log;

    # Turn sendfile off in a virtual machine because of issues
    #
    # The nginx default for sendfile is on, which appears to not jive with something
    # about the VM for some things, causing weird encoding issues in Javascript
    # that create syntax errors and weird encoding issues in CSS that make it seem
    # like your file has been cached forever. Crazy stuff - so off it is.
    #
    # See - http://jeremyfelt.com/code/2013/01/08/clear-nginx-cache-in-vagrant/
    #
    # Note that this should most likely be turned on in a production environment
    sendfile            off;

    # Don't send out partial TCP frames
    tcp_nopush          on;

    # How long each connection should stay idle
    keepalive_timeout   5;

    # Hide nginx version information
    server_tokens       off;

    # Enable Gzip compression
    gzip          on;

    # Compression level (1-9)
    gzip_comp_level     5;

    # Don't compress anything under 256 bytes
    gzip_min_length     256;

    # Compress output of these MIME-types
    gzip_types
        application/atom+xml
        application/javascript
        application/json
        application/rss+xml
        application/vnd.ms-fontobject
        application/x-font-ttf
        application/x-javascript
        application/x-web-app-manifest+json
        application/xhtml+xml
        application/xml
        font/opentype
        image/svg+xml
        image/x-icon
        text/css
        text/plain
        text/x-component;

    # Disable gzip for bad browsers
    gzip_disable  "MSIE [1-6]\\.(?!.*SV1)";

    # Upstream to abstract backend connection(s) for PHP.
    upstream php {
        server unix:/var/run/php5-fpm.sock;
    }

    # If the requested body size is more than the buffer size, the entire body is
    # written to a temporary file. Default is 8k or 16k depending on the platform.
    client_body_buffer_size 16k;

    # If a request line or header field does not fit into this buffer, then larger
    # buffers via large_client_header_buffers are allocated
    client_header_buffer_size 1k;

    # Max size of a body to allow. This affects uploads, but can be overwritten at
    # the individual site level
    client_max_body_size 50M;

    # The maximum number and size of large headers to accept from a client
    large_client_header_buffers 4 16k;

    # Accommodate server directives that have hundred(s) of server_names, such as large multisite networks
    server_names_hash_max_size 512;
    server_names_hash_bucket_size 512;

    # Make Nginx aware of our default SSL certificates
    ssl_certificate     /etc/nginx/server.crt;
    ssl_certificate_key /etc/nginx/server.key;

    # This directory is mapped to config/nginx-config/sites in the varying vagrant
    # vagrants repository. Additional conf files for sites should be put there.
    include /etc/nginx/custom-sites/*.conf;

}
`,
      },
    ],
    pool: `; Start a new pool named 'www'.
; the variable $pool can we used in any directive and will be replaced by the
; pool name ('www' here)
[www]

; Per pool prefix
; It only applies on the following directives:
; - 'slowlog'
; - 'listen' (unixsocket)
; - 'chroot'
; - 'chdir'
; - 'php_values'
; - 'php_admin_values'
; When not set, the global prefix (or /usr) applies instead.
; Note: This directive can also be relative to the global prefix.
; Default Value: none
;prefix = /path/to/pools/$pool

; Unix user/group of processes
; Note: The user is mandatory. If the group is not set, the default user's group
;       will be used.
user = www-data
group = www-data

; The address on which to accept FastCGI requests.
; Valid syntaxes are:
;   'ip.add.re.ss:port'    - to listen on a TCP socket to a specific address on
;                            a specific port;
;   'port'                 - to listen on a TCP socket to all addresses on a
;                            specific port;
;   '/path/to/unix/socket' - to listen on a unix socket.
; Note: This value is mandatory.
listen = /var/run/php5-fpm.sock

; Set listen(2) backlog. A value of '-1' means unlimited.
; Default Value: 128 (-1 on FreeBSD and OpenBSD)
;listen.backlog = -1

; Set permissions for unix socket, if one is used. In Linux, read/write
; permissions must be set in order to allow connections from a web server. Many
; BSD-derived systems allow connections regardless of permissions. 
; Default Values: user and group are set as the running user
;                 mode is set to 0666
;listen.owner = www-data
;listen.group = www-data
;listen.mode = 0666
 
; List of ipv4 addresses of FastCGI clients which are allowed to connect.
; Equivalent to the FCGI_WEB_SERVER_ADDRS environment variable in the original
; PHP FCGI (5.2.2+). Makes sense only with a tcp listening socket. Each address
; must be separated by a comma. If this value is left blank, connections will be
; accepted from any ip address.
; Default Value: any
;listen.allowed_clients = 127.0.0.1
`,
    nginxUser: { name: 'www-data', from: 'user-directive', file: 0, line: 9 },
    verdict: 'denied',
    mistakes: [
      {
        check: 'socket-owner-mismatch',
        in: 'pool',
        line: 44,
        note: 'with the three lines commented the socket takes the master\'s user (root) and PHP\'s default mode (0660 since PHP 5.5.12/5.4.28); the reporter uncommented lines 44-46, commit 6526e47 ("Fixes #363") uncommented listen.mode = 0666 and ecc2f09 (#353, #364) the owner and group',
      },
    ],
    note: 'config/php5-fpm-config/www.conf cut after line 54 (of 384) and config/nginx-config/nginx.conf, both at commit c26784efe668dacd841b23453a785448e9d7b2b4 (the parent of 6526e47). The pool\'s own comment still says "mode is set to 0666", the default before PHP 5.5.12/5.4.28; the verdict depends on that PHP version, which neither file shows (the reporter had just updated VVV and Vagrant; the provisioned PHP is not named). No nginx log line is in the stored threads (#363, #353).',
  },
  {
    source:
      'https://github.com/Varying-Vagrant-Vagrants/VVV/blob/6526e47b434b839a177d3b0ef63badc3bda76633/config/php5-fpm-config/www.conf',
    title: 'The first fix: only listen.mode = 0666 uncommented',
    nginx: [
      {
        path: 'config/nginx-config/nginx.conf',
        text: `# nginx.conf
#
# This is *the* config file for nginx in the virtual machine, and it
# should probably not be altered often as most things are already
# setup. If you do find yourself altering something here, you may want
# to consider discussing it at the repo so we can share in your findings

# User to run nginx as
user    www-data;

# Default to number of CPU cores available
worker_processes  auto;

# Default error log file
error_log   /var/log/nginx/error.log;

# Nginx process identifier
pid     /var/run/nginx.pid;

# The EventsModule controls how Nginx deals with connections
events {
    # max clients = worker_processes (CPUs) * worker_connections
    worker_connections  2000;
}

# The HttpCoreModule controls core features of Nginx's HTTP processing
http {
    
    # Define MIME types for files
    include      /etc/nginx/mime.types;
    default_type application/octet-stream;

    # Default log file
    access_log  /var/log/nginx/access.log;

    # Turn sendfile off in a virtual machine because of issues
    #
    # The nginx default for sendfile is on, which appears to not jive with something
    # about the VM for some things, causing weird encoding issues in Javascript
    # that create syntax errors and weird encoding issues in CSS that make it seem
    # like your file has been cached forever. Crazy stuff - so off it is.
    #
    # See - http://jeremyfelt.com/code/2013/01/08/clear-nginx-cache-in-vagrant/
    #
    # Note that this should most likely be turned on in a production environment
    sendfile            off;

    # Don't send out partial TCP frames
    tcp_nopush          on;

    # How long each connection should stay idle
    keepalive_timeout   5;

    # Hide nginx version information
    server_tokens       off;

    # Enable Gzip compression
    gzip          on;

    # Compression level (1-9)
    gzip_comp_level     5;

    # Don't compress anything under 256 bytes
    gzip_min_length     256;

    # Compress output of these MIME-types
    gzip_types
        application/atom+xml
        application/javascript
        application/json
        application/rss+xml
        application/vnd.ms-fontobject
        application/x-font-ttf
        application/x-javascript
        application/x-web-app-manifest+json
        application/xhtml+xml
        application/xml
        font/opentype
        image/svg+xml
        image/x-icon
        text/css
        text/plain
        text/x-component;

    # Disable gzip for bad browsers
    gzip_disable  "MSIE [1-6]\\.(?!.*SV1)";

    # Upstream to abstract backend connection(s) for PHP.
    upstream php {
        server unix:/var/run/php5-fpm.sock;
    }

    # If the requested body size is more than the buffer size, the entire body is
    # written to a temporary file. Default is 8k or 16k depending on the platform.
    client_body_buffer_size 16k;

    # If a request line or header field does not fit into this buffer, then larger
    # buffers via large_client_header_buffers are allocated
    client_header_buffer_size 1k;

    # Max size of a body to allow. This affects uploads, but can be overwritten at
    # the individual site level
    client_max_body_size 50M;

    # The maximum number and size of large headers to accept from a client
    large_client_header_buffers 4 16k;

    # Accommodate server directives that have hundred(s) of server_names, such as large multisite networks
    server_names_hash_max_size 512;
    server_names_hash_bucket_size 512;

    # Make Nginx aware of our default SSL certificates
    ssl_certificate     /etc/nginx/server.crt;
    ssl_certificate_key /etc/nginx/server.key;

    # This directory is mapped to config/nginx-config/sites in the varying vagrant
    # vagrants repository. Additional conf files for sites should be put there.
    include /etc/nginx/custom-sites/*.conf;

}
`,
      },
    ],
    pool: `; Start a new pool named 'www'.
; the variable $pool can we used in any directive and will be replaced by the
; pool name ('www' here)
[www]

; Per pool prefix
; It only applies on the following directives:
; - 'slowlog'
; - 'listen' (unixsocket)
; - 'chroot'
; - 'chdir'
; - 'php_values'
; - 'php_admin_values'
; When not set, the global prefix (or /usr) applies instead.
; Note: This directive can also be relative to the global prefix.
; Default Value: none
;prefix = /path/to/pools/$pool

; Unix user/group of processes
; Note: The user is mandatory. If the group is not set, the default user's group
;       will be used.
user = www-data
group = www-data

; The address on which to accept FastCGI requests.
; Valid syntaxes are:
;   'ip.add.re.ss:port'    - to listen on a TCP socket to a specific address on
;                            a specific port;
;   'port'                 - to listen on a TCP socket to all addresses on a
;                            specific port;
;   '/path/to/unix/socket' - to listen on a unix socket.
; Note: This value is mandatory.
listen = /var/run/php5-fpm.sock

; Set listen(2) backlog. A value of '-1' means unlimited.
; Default Value: 128 (-1 on FreeBSD and OpenBSD)
;listen.backlog = -1

; Set permissions for unix socket, if one is used. In Linux, read/write
; permissions must be set in order to allow connections from a web server. Many
; BSD-derived systems allow connections regardless of permissions. 
; Default Values: user and group are set as the running user
;                 mode is set to 0666
;listen.owner = www-data
;listen.group = www-data
listen.mode = 0666
 
; List of ipv4 addresses of FastCGI clients which are allowed to connect.
; Equivalent to the FCGI_WEB_SERVER_ADDRS environment variable in the original
; PHP FCGI (5.2.2+). Makes sense only with a tcp listening socket. Each address
; must be separated by a comma. If this value is left blank, connections will be
; accepted from any ip address.
; Default Value: any
;listen.allowed_clients = 127.0.0.1
`,
    nginxUser: { name: 'www-data', from: 'user-directive', file: 0, line: 9 },
    verdict: 'allowed',
    mistakes: [],
    note: "Cut after line 54 (of 384), as the previous entry; nginx.conf is unchanged by the commit (same blob). The socket is still root's, but 0666 lets every user in, so www-data connects: allowed, if wider than needed (ecc2f09 then set owner and group www-data).",
  },
  {
    source: 'https://github.com/php79/stack/issues/44',
    title: "Pool socket and nginx worker both nobody after the reporter's change",
    nginx: [
      {
        path: '/etc/nginx/conf.d/opencode.conf',
        text: `upstream opencode_backend {
    server unix:/var/run/php72_opencode.sock;
}`,
      },
    ],
    pool: `listen = /var/run/php72_opencode.sock

listen.owner = nobody
listen.group = nobody
listen.mode = 0660`,
    nginxUser: { name: 'nobody', from: 'thread' },
    log: `2018/06/06 02:03:31 [crit] 12718#12718: *30 connect() to unix:/var/run/php72_opencode.sock failed (13: Permission denied) while connecting to upstream, client: 112.154.xxx.xxx, server: opencode.vps.phps.kr, request: &amp;quot;GET / HTTP/1.1&amp;quot;, upstream: &amp;quot;fastcgi://unix:/var/run/php72_opencode.sock:&amp;quot;, host: &amp;quot;opencode.vps.phps.kr&amp;quot;`,
    verdict: 'allowed',
    mistakes: [],
    note: 'The log line is from before the change; the pool lines are the reporter\'s change (실제조치, "what was done") to /var/opt/remi/php72/php-fpm.d/www.conf, posted as an excerpt, and the nginx text is the upstream block the reporter added. `ps -ef` in the issue shows the nginx worker running as nobody and `ls` the socket as `srw-rw---- nobody nobody`, so the posted pool lets it in. The log\'s quotes are kept as the stored text holds them (&amp;quot;, an HTML escape of `"`).',
  },
]
