import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-ssl',
  explain: [
    'With `proxy_pass https://…` nginx first sets up an encrypted TLS connection to the backend, like a browser would. That step failed: the two sides did not agree on how to talk (`wrong version number`, `unsupported protocol`, a handshake `alert`), the backend hung up during the handshake (`peer closed connection in SSL handshake`), or nginx checked the backend’s certificate and did not trust it (`upstream SSL certificate verify error`, `certificate does not match`).',
    'The client gets 502 Bad Gateway. One exception: if the handshake simply never finishes, nginx’s connect timer fires (`upstream timed out … while SSL handshaking to upstream`) and the client gets 504. Note that nginx sends no server name (SNI) to the backend and does not check its certificate unless you turn these on.',
  ],
  usual: [
    '`https://` in `proxy_pass` towards a port that speaks plain HTTP (`wrong version number`), or the reverse.',
    'No server name sent: `proxy_ssl_server_name` is off by default, and a backend or CDN that hosts several names rejects or misroutes a handshake without SNI.',
    'With `proxy_ssl_verify on`: a self-signed or internal-CA certificate not in `proxy_ssl_trusted_certificate`, an expired certificate, or a chain longer than `proxy_ssl_verify_depth` (1 by default).',
    'Name mismatch: nginx checks the certificate against `proxy_ssl_name`, which defaults to the host part of `proxy_pass`, so with an upstream group it is the group’s name (`backend`), not the real host name.',
    'An old backend that only offers TLS 1.0/1.1 or legacy renegotiation, which current OpenSSL refuses.',
    'The backend requires a client certificate (mutual TLS) that nginx does not present.',
  ],
  confirm: [
    ...CONNECT_CHECKS['upstream-ssl'],
    {
      kind: 'command',
      text: 'openssl s_client -connect {address} -servername {host} -showcerts </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
      expect:
        'Who the certificate is for (`subjectAltName` must contain the name nginx checks), who issued it (an internal CA must be in nginx’s trusted file) and `notAfter` (expired?).',
    },
    {
      kind: 'command',
      text: 'curl -sv -o /dev/null {scheme}://{address}{path} 2>&1 | grep -E "^< HTTP|Empty reply|reset"',
      expect:
        'An HTTP status line here means the port speaks plain HTTP: use `proxy_pass http://`.',
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'proxy_pass https|proxy_ssl_'",
      expect:
        'Which TLS options nginx uses towards the backend (none listed means the defaults: no SNI, no verification).',
    },
  ],
  fix: [
    {
      id: 'match-upstream-protocol',
      title: 'Use the scheme the port speaks',
      why: 'A plain-HTTP port answers a TLS greeting with text, which OpenSSL reports as `wrong version number`. If the backend is plain HTTP (typical on the same host or a private network), use `http://`.',
      tradeoff:
        'Traffic between nginx and the backend is then unencrypted; fine on the same machine, think twice across networks you do not control.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: ['# The backend port speaks plain HTTP.', 'proxy_pass http://{address};'].join(
            '\n',
          ),
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx: only for pods that speak HTTPS themselves; remove it for plain HTTP.',
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'proxy-ssl-server-name',
      // TLS to an HTTP backend; a uWSGI or FastCGI backend is fixed by its own protocol.
      when: { backend: ['node', 'python', 'java', 'other'] },
      title: 'Send the server name (SNI) to the backend',
      why: 'nginx sends no server name in its TLS handshake to the backend unless `proxy_ssl_server_name on` is set. A backend, CDN or load balancer that hosts several names on one address then rejects the handshake (`alert`, `handshake failure`, `peer closed connection`) or presents the wrong certificate. `proxy_ssl_name` chooses the name to send (and check) when it differs from the host in `proxy_pass`, for example with an `upstream` group.',
      tradeoff: 'None; it is what browsers always do.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass https://{address};',
            '# Send SNI, with the backend’s real host name rather than the upstream group’s.',
            'proxy_ssl_server_name on;',
            'proxy_ssl_name {host};',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/proxy-ssl-server-name: "on"',
            '    nginx.ingress.kubernetes.io/proxy-ssl-name: "{host}"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'trust-upstream-ca',
      // TLS to an HTTP backend; a uWSGI or FastCGI backend is fixed by its own protocol.
      when: { backend: ['node', 'python', 'java', 'other'] },
      title: 'Trust the backend’s certificate authority (or fix the backend’s chain)',
      why: 'With `proxy_ssl_verify on`, nginx checks the backend’s certificate against `proxy_ssl_trusted_certificate`, at most `proxy_ssl_verify_depth` levels deep (1 by default, too short for most chains with an intermediate CA). A public certificate verifies against the system bundle; an internal CA or a self-signed certificate needs its own file. An expired certificate, or a backend that does not send its intermediate certificate, must be fixed on the backend.',
      tradeoff:
        'When the internal CA rotates, the file must be updated too, and an expired backend certificate breaks every request (which is the point of verifying: monitor expiry).',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass https://{address};',
            'proxy_ssl_server_name on;',
            'proxy_ssl_name {host};',
            '# A certificate from a public CA: the system bundle (RHEL: /etc/pki/tls/certs/ca-bundle.crt).',
            'proxy_ssl_verify on;',
            'proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;',
            'proxy_ssl_verify_depth 3;',
          ].join('\n'),
          when: { distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: "sudo install -d -m 755 /etc/nginx/ssl\nopenssl s_client -connect {address} -servername {host} -showcerts </dev/null 2>/dev/null | awk '/BEGIN CERT/,/END CERT/' | sudo tee /etc/nginx/ssl/internal-ca.pem >/dev/null\nopenssl crl2pkcs7 -nocrl -certfile /etc/nginx/ssl/internal-ca.pem | openssl pkcs7 -print_certs -noout",
          expect:
            'The subjects and issuers of the chain the backend sends. Then delete the first certificate in the file (the backend’s own) so only CA certificates remain; better still, get the CA file from whoever runs the CA.',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass https://{address};',
            'proxy_ssl_server_name on;',
            'proxy_ssl_name {host};',
            'proxy_ssl_verify on;',
            'proxy_ssl_trusted_certificate /etc/nginx/ssl/internal-ca.pem;',
            'proxy_ssl_verify_depth 2;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx: the CA in a Secret with the key ca.crt, as NAMESPACE/NAME.',
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/proxy-ssl-secret: "default/backend-ca"',
            '    nginx.ingress.kubernetes.io/proxy-ssl-verify: "on"',
            '    nginx.ingress.kubernetes.io/proxy-ssl-verify-depth: "2"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        {
          kind: 'command',
          text: 'echo | openssl s_client -connect {address} -servername {host} 2>/dev/null | openssl x509 -noout -enddate',
          expect:
            'For an expired certificate, after its renewal on the backend: a `notAfter=` date in the future.',
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'match-tls-settings',
      // TLS to an HTTP backend; a uWSGI or FastCGI backend is fixed by its own protocol.
      when: { backend: ['node', 'python', 'java', 'other'] },
      title: 'Agree on a TLS version and cipher with the backend',
      why: '`unsupported protocol`, `alert protocol version`, `no shared cipher` or `handshake failure` mean the two sides have no TLS version or cipher in common. Old backends may offer only TLS 1.0/1.1, which OpenSSL 3 refuses at its default security level; nginx before 1.23.4 did not offer TLS 1.3 to backends by default, so a TLS 1.3-only backend fails there. Update the backend where you can; otherwise allow exactly what it needs, for this location only.',
      tradeoff:
        'TLS 1.0/1.1 and security level 0 are weak: use them only towards a backend you cannot upgrade, on a network you trust, and plan its upgrade.',
      steps: [
        {
          kind: 'command',
          text: 'for v in tls1 tls1_1 tls1_2 tls1_3; do printf "%s: " $v; openssl s_client -connect {address} -servername {host} -$v </dev/null 2>&1 | grep -m 1 -oE "Protocol *: *\\S+|alert[^:]*|no protocols available" || echo failed; done',
          expect:
            'The versions the backend accepts. Allow one of them in nginx (next step), or upgrade the backend to TLS 1.2 or later.',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass https://{address};',
            '# Only towards an old backend: TLS 1.0/1.1 need OpenSSL security level 0.',
            'proxy_ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;',
            "proxy_ssl_ciphers 'DEFAULT:@SECLEVEL=0';",
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.2 TLSv1.3"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
  ],
  prevent: [
    'Monitor certificate expiry of every backend nginx verifies, not just the public site certificate.',
    'A backend that demands a client certificate (mutual TLS) needs `proxy_ssl_certificate` and `proxy_ssl_certificate_key` in nginx; keep the key readable by root only and renew it before it expires.',
    'Whenever you use `proxy_pass https://`, set `proxy_ssl_server_name on` and `proxy_ssl_name` explicitly, and decide consciously whether to verify (`proxy_ssl_verify on` with a CA file).',
    'Use TLS to backends only where the network is untrusted; on the same host plain HTTP or a unix socket avoids this whole class of errors.',
    PREVENT_LOG_UPSTREAM,
  ],
}
