/**
 * Steps that several PHP-FPM guides share: where a pool's settings go on each setup, and how to
 * test and apply them. Pure data, with `{slot}` placeholders (see fill-template.ts).
 */
import type { CommandStep, SnippetStep, Step } from '../../core/fix/types.ts'

/** The pool file on Debian/Ubuntu: the version comes from the socket path (`php8.2-fpm.sock`). */
export const POOL_DEBIAN = '/etc/php/{phpVersion}/fpm/pool.d/www.conf'
/** The pool file on RHEL-family systems. */
export const POOL_RHEL = '/etc/php-fpm.d/www.conf'
/**
 * The official `php:*-fpm` images read `/usr/local/etc/php-fpm.d/*.conf` in name order, and
 * `zz-docker.conf` sets `listen = 9000`: an override must sort after it to win.
 */
export const POOL_DOCKER = '/usr/local/etc/php-fpm.d/zz-pool.conf'

/** The three places a pool's settings go. */
export type PoolSetup = 'debian' | 'rhel' | 'docker'

/**
 * The same pool settings as a snippet for each setup: Debian's and RHEL's `www.conf`, and an
 * override file for the official Docker image (which needs its own `[www]` section line).
 * `lines` may differ per setup (log paths do).
 */
export function poolSettings(
  lines: readonly string[] | ((setup: PoolSetup) => readonly string[]),
): SnippetStep[] {
  const text = (setup: PoolSetup) => (typeof lines === 'function' ? lines(setup) : lines).join('\n')
  return [
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: POOL_DEBIAN,
      text: text('debian'),
      when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: POOL_RHEL,
      text: text('rhel'),
      when: { distro: ['rhel'], runtime: ['systemd', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: POOL_DOCKER,
      text: `[www]\n${text('docker')}`,
      when: { runtime: ['docker', 'kubernetes'] },
    },
  ]
}

/**
 * Test the pool configuration, then apply it: `reload` keeps running requests (a graceful
 * restart of the children), `restart` is needed when the socket itself changes.
 */
export function applyPool(how: 'reload' | 'restart'): CommandStep[] {
  return [
    {
      kind: 'command',
      text: `sudo php-fpm{phpVersion} -t && sudo systemctl ${how} php{phpVersion}-fpm`,
      expect:
        '`configuration file … test is successful`, then no output. If the test fails it names the file and line to correct, and the running PHP-FPM is left alone.',
      when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
    },
    {
      kind: 'command',
      text: `sudo php-fpm -t && sudo systemctl ${how} php-fpm`,
      expect: '`test is successful`, then no output; a failed test names the file and line.',
      when: { distro: ['rhel'], runtime: ['systemd', 'other'] },
    },
    {
      kind: 'command',
      text: 'docker compose exec {service} php-fpm -t && docker compose restart {service}',
      expect:
        '`test is successful`. Mount the override file into the PHP container first, e.g. `./php/zz-pool.conf:/usr/local/etc/php-fpm.d/zz-pool.conf:ro` under its `volumes:`.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl rollout restart deploy/{service}\nkubectl rollout status deploy/{service}',
      expect:
        'Put the override file in the ConfigMap mounted at `/usr/local/etc/php-fpm.d/` first. `successfully rolled out` means the new pods run with it.',
      when: { runtime: ['kubernetes'] },
    },
  ]
}

/** The pool settings and the steps that apply them. */
export function poolChange(
  lines: Parameters<typeof poolSettings>[0],
  how: 'reload' | 'restart',
): Step[] {
  return [...poolSettings(lines), ...applyPool(how)]
}
