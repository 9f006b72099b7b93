import type { SlotName } from '../core/fix/fill-template.ts'

/** How the "Your values" form names each placeholder, with an example of a value. */
export const SLOT_LABELS: Readonly<Record<SlotName, { label: string; example: string }>> = {
  address: { label: 'Upstream address', example: '127.0.0.1:3000' },
  host: { label: 'Upstream host', example: 'app.internal' },
  port: { label: 'Upstream port', example: '3000' },
  socket: { label: 'Socket path', example: '/run/php/php8.2-fpm.sock' },
  path: { label: 'Request path', example: '/api/orders' },
  server: { label: 'Site name (server_name)', example: 'shop.example.com' },
  service: { label: 'Service name', example: 'myapp' },
  phpVersion: { label: 'PHP version', example: '8.2' },
  location: { label: 'location block', example: '/api/' },
  configPath: { label: 'nginx config file', example: '/etc/nginx/sites-enabled/default' },
  group: { label: 'Upstream group name', example: 'backend' },
  scheme: { label: 'Upstream scheme', example: 'http' },
  nginxService: { label: 'nginx’s Compose service', example: 'nginx' },
}
