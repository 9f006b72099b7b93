import type { SlotValues } from '../core/fix/fill-template.ts'

/** A value for every template slot: what the content tests fill guides and snippets with. */
export const SAMPLE_SLOTS: Required<SlotValues> = {
  address: '127.0.0.1:3000',
  host: '127.0.0.1',
  port: '3000',
  socket: '/run/php/php8.2-fpm.sock',
  path: '/',
  server: 'example.test',
  service: 'app',
  phpVersion: '8.2',
  location: '/',
  group: 'backend',
  configPath: '/etc/nginx/conf.d/app.conf',
  scheme: 'http',
  nginxService: 'nginx',
}
