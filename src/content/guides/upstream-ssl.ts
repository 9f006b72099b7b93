import type { CauseGuide } from '../../core/fix/types.ts'
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
    {
      kind: 'command',
      text: 'openssl s_client -connect {address} -servername {host} -brief </dev/null',
      expect:
        '`Protocol version: TLSv1.3` and `Verification: OK` mean TLS works with this name. `wrong version number` means the port is not TLS; `alert` lines or an immediate close mean the backend rejects the handshake.',
    },
    {
      kind: 'command',
      text: 'openssl s_client -connect {address} </dev/null 2>&1 | grep -E "alert|error|Verify return"',
      expect:
        'The same handshake without a server name, as nginx does by default. If this fails while the previous one worked, turn on `proxy_ssl_server_name`.',
    },
    {
      kind: 'command',
      text: 'openssl s_client -connect {address} -servername {host} -showcerts </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
      expect:
        'Who the certificate is for (`subjectAltName` must contain the name nginx checks), who issued it (an internal CA must be in nginx’s trusted file) and `notAfter` (expired?).',
    },
    {
      kind: 'command',
      text: 'curl -sv -o /dev/null http://{address}{path} 2>&1 | grep -E "^< HTTP|Empty reply|reset"',
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
        ...reloadNginx,
      ],
    },
    {
      title: 'Send the server name and check the certificate against it',
      why: 'With `proxy_ssl_server_name on` nginx tells the backend which site it wants (SNI), which name-based TLS servers and CDNs need. `proxy_ssl_name` sets the name to send and to check, instead of the upstream group’s name. With `proxy_ssl_verify on` and a CA file, nginx really checks who it talks to.',
      tradeoff:
        'Verification fails (502) when the certificate expires or changes CA, which is the point; monitor expiry. The CA file must contain the issuer of the backend certificate.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass https://{address};',
            '# Send SNI, and use the real host name for SNI and for the certificate check.',
            'proxy_ssl_server_name on;',
            'proxy_ssl_name {host};',
            'proxy_ssl_verify on;',
            'proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;',
            'proxy_ssl_verify_depth 3;',
            'proxy_ssl_protocols TLSv1.2 TLSv1.3;',
          ].join('\n'),
          when: { distro: ['debian', 'other'] },
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
            'proxy_ssl_trusted_certificate /etc/pki/tls/certs/ca-bundle.crt;',
            'proxy_ssl_verify_depth 3;',
            'proxy_ssl_protocols TLSv1.2 TLSv1.3;',
          ].join('\n'),
          when: { distro: ['rhel'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Trust your internal CA (or the backend’s self-signed certificate)',
      why: 'The system CA bundle only contains public authorities. For an internal CA, give nginx a file with that CA’s certificate and verify against it. A chain with intermediate CAs needs `proxy_ssl_verify_depth` of 2 or more.',
      tradeoff: 'When the internal CA rotates, the file must be updated too.',
      steps: [
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
        ...reloadNginx,
      ],
    },
    {
      title: 'Present a client certificate when the backend requires one',
      why: 'A backend with mutual TLS rejects connections without a certificate it trusts (often only noticed at the first read with TLS 1.3). nginx presents one with `proxy_ssl_certificate` and its key.',
      tradeoff:
        'The key file must be readable by nginx’s master process only (root, mode 600) and renewed before it expires.',
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
            'proxy_ssl_certificate /etc/nginx/ssl/client.crt;',
            'proxy_ssl_certificate_key /etc/nginx/ssl/client.key;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Renew an expired backend certificate',
      why: 'An expired certificate fails verification until it is replaced, on the backend.',
      tradeoff: 'None; set up automatic renewal so it does not happen again.',
      steps: [
        {
          kind: 'command',
          text: 'echo | openssl s_client -connect {address} -servername {host} 2>/dev/null | openssl x509 -noout -enddate',
          expect: 'After renewal on the backend: a `notAfter=` date in the future.',
        },
      ],
    },
  ],
  prevent: [
    'Monitor certificate expiry of every backend nginx verifies, not just the public site certificate.',
    'Whenever you use `proxy_pass https://`, set `proxy_ssl_server_name on` and `proxy_ssl_name` explicitly, and decide consciously whether to verify (`proxy_ssl_verify on` with a CA file).',
    'Use TLS to backends only where the network is untrusted; on the same host plain HTTP or a unix socket avoids this whole class of errors.',
    PREVENT_LOG_UPSTREAM,
  ],
}
