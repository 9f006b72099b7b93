import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */
export const PHP_CHECKS = {
  'socket-missing': [{ kind: 'command', text: 'ls -l {socket}' }],
  'permission-denied': [{ kind: 'command', text: 'ls -l {socket}; getenforce 2>/dev/null' }],
  'selinux-denied': [{ kind: 'command', text: 'ausearch -m AVC -ts recent | grep nginx' }],
  'fastcgi-stderr': [{ kind: 'command', text: 'tail -n 50 /var/log/php{phpVersion}-fpm.log' }],
  'php-fpm-max-children': [
    { kind: 'command', text: 'grep -rn "pm.max_children" /etc/php/*/fpm/pool.d/' },
  ],
  'header-too-big': [
    { kind: 'command', text: 'curl -s -D - -o /dev/null http://{address}{path} | wc -c' },
  ],
  'invalid-response': [{ kind: 'command', text: 'curl -sv -o /dev/null http://{address}/' }],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
