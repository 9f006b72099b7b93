import type { CauseGuide, FixOption } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkServiceRunning,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  restartPolicyOption,
} from './common.ts'

/** Less memory per worker, so the total fits. */
export const reduceMemoryOption: FixOption = {
  id: 'reduce-backend-memory',
  title: 'Use less memory per worker: fewer workers, recycling, a per-request limit',
  why: 'The total memory of the backend is roughly the number of workers times the size of each. Capping the number of workers to what fits, recycling them periodically to release leaked memory, and limiting what one request may use (PHP `memory_limit` for the one heavy script, Node’s heap) keeps the total under the limit. A heavy request then fails alone with a clear error instead of the kernel killing a whole worker.',
  tradeoff:
    'Fewer workers serve fewer requests at once; slow requests may queue. Measure the memory per worker before choosing.',
  steps: [
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: [
        '; (memory for PHP) / (average child size), e.g. 1500 MB / 60 MB = 25',
        'pm.max_children = 25',
        '; recycle each child after 500 requests to release leaked memory',
        'pm.max_requests = 500',
        'php_admin_value[memory_limit] = 256M',
      ].join('\n'),
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'gunicorn --workers 3 --max-requests 1000 --max-requests-jitter 100 app:app',
      expect:
        'Add the flags to your existing start command. Workers restart after about 1000 requests each (staggered by the jitter), which releases leaked memory.',
      when: { backend: ['python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/uwsgi/apps-enabled/{service}.ini',
      text: '[uwsgi]\nprocesses = 3\n; recycle a worker after 1000 requests, or once it uses more than 300 MB\nmax-requests = 1000\nreload-on-rss = 300',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'ecosystem.config.js',
      text: [
        'module.exports = {',
        '  apps: [',
        '    {',
        "      name: '{service}',",
        "      script: 'server.js',",
        '      instances: 2,',
        '      // Restart gracefully before the kernel has to kill it.',
        "      max_memory_restart: '400M',",
        "      node_args: '--max-old-space-size=384',",
        '    },',
        '  ],',
        '}',
      ].join('\n'),
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: 'JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"',
      expect:
        'The JVM sizes its heap from the container or machine memory and exits cleanly (to be restarted) instead of thrashing.',
      when: { backend: ['java'] },
    },
  ],
}

/** More memory for the machine, the container or the runtime's heap. */
export const addMemoryOption: FixOption = {
  id: 'add-memory',
  title: 'Give the backend the memory it needs: container limit, swap, RAM, heap',
  why: 'If the backend simply needs more than it has (memory is high but flat, not growing with uptime), more room ends the kills. In a container the limit is the container’s own (`mem_limit`, `resources.limits.memory`), even when the host has memory free. On a small server without swap, any spike goes straight to the OOM killer. Node.js stops with `JavaScript heap out of memory` at its own heap limit, below what the machine has.',
  tradeoff:
    'Costs money (a bigger machine) or speed (swap is slow; a machine that swaps all the time needs RAM, not swap). If memory keeps growing, it is a leak: more memory only delays the next kill.',
  steps: [
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        'services:',
        '  {service}:',
        '    restart: unless-stopped',
        '    # Above the normal peak; the container is killed (exit 137) beyond it.',
        '    mem_limit: 2g',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'deployment.yaml',
      text: [
        'containers:',
        '  - name: {service}',
        '    resources:',
        '      requests: { memory: 1Gi }',
        '      # The container is OOMKilled above this; set it above the normal peak.',
        '      limits: { memory: 2Gi }',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'sudo fallocate -l 2G /swapfile\nsudo chmod 600 /swapfile\nsudo mkswap /swapfile\nsudo swapon /swapfile\necho "/swapfile none swap sw 0 0" | sudo tee -a /etc/fstab\nswapon --show',
      expect:
        '`/swapfile file 2G` in the list; the `/etc/fstab` line keeps it after a reboot. Swap is a buffer for spikes, not extra RAM.',
      when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
    },
    {
      kind: 'command',
      text: 'systemctl show {service} -p MemoryMax -p MemoryHigh',
      expect:
        'A number instead of `infinity` is a limit set on the service (a drop-in file with `MemoryMax=`); raise it there with `sudo systemctl edit {service}`.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: 'node --max-old-space-size=2048 server.js\n# or for any start command:\nNODE_OPTIONS=--max-old-space-size=2048 npm start',
      expect:
        'The heap limit in MB. Keep it below the container or machine memory (leave room for buffers and native memory), or the OOM killer steps in instead.',
      when: { backend: ['node'] },
    },
  ],
}

export const guide: CauseGuide = {
  cause: 'oom-kill',
  explain: [
    'The machine (or the container’s memory limit) ran out of memory, and the Linux kernel’s out-of-memory killer picked a process and ended it at once, with no chance to clean up. It usually picks the process using the most memory, which is often the backend: a Node, Python, Java or PHP-FPM process.',
    'For nginx this looks like a sudden death: requests the backend was handling end with `upstream prematurely closed connection` or `Connection reset by peer`, both 502, and until something restarts it, new requests are refused, also 502. If the killed process was an nginx worker, the nginx master starts a new one and only that worker’s connections break.',
    'The kernel’s line names the victim: `Out of memory: Killed process 1234 (php-fpm8.2)`. The name in brackets is the program: `php-fpm8.2` or `php-fpm` (a PHP-FPM child), `node`, `gunicorn`, `python3` or `uwsgi` (a Python worker), `java`, or a database such as `mysqld`. `Memory cgroup out of memory` in front means a container’s or service’s own limit was hit, not the whole machine’s memory.',
  ],
  usual: [
    'A memory leak in the application: memory grows steadily until the kill, then the cycle starts again after a restart.',
    'Too many workers for the RAM: PHP-FPM `pm.max_children`, gunicorn workers or PM2 instances multiplied by their size exceed what the machine has.',
    'A container memory limit lower than the app needs (Docker `mem_limit`, Kubernetes `resources.limits.memory`): the container is killed even though the host has free memory.',
    'A single heavy request (a huge export, an image upload being resized, a query loading a whole table into memory).',
    'A small server with no swap at all, where any spike goes straight to the OOM killer.',
  ],
  confirm: [
    ...BACKEND_CHECKS['oom-kill'],
    {
      kind: 'command',
      text: 'systemctl show {service} -p Result -p NRestarts -p MemoryCurrent -p MemoryMax',
      expect:
        '`Result=oom-kill` confirms this service was the one killed for memory; `MemoryMax` shows any limit set on it.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: "sudo grep -hE 'exited on signal 9' /var/log/php*fpm*.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 5",
      expect:
        '`child 1234 exited on signal 9 (SIGKILL)` at the time of the kill: the victim was a PHP-FPM child, so one heavy script or too many children is the cause.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'free -m\nswapon --show',
      expect: 'Little `available` memory and no swap listed means a spike has nowhere to go.',
    },
    {
      kind: 'command',
      text: 'ps aux --sort=-rss | head -n 15',
      expect:
        'The processes using the most memory right now (`RSS` in KB). Many large workers of one kind show where the memory goes.',
    },
    ...checkServiceRunning,
  ],
  fix: [
    reduceMemoryOption,
    addMemoryOption,
    {
      id: 'fix-backend-crash',
      title: 'Find and fix the leak',
      why: 'If memory grows steadily with uptime and drops only at a restart, the application keeps something it should release (a cache without a limit, objects held by a global list, connections never closed). A heap profile shows what; fixing it ends the cycle of kills for good.',
      tradeoff: 'Profiling takes time and is best done on a copy with real traffic.',
      steps: [
        {
          kind: 'command',
          text: 'for i in 1 2 3 4 5 6; do date +%T; ps -eo pid=,rss=,comm= --sort=-rss | head -n 3; sleep 600; done',
          expect:
            'The biggest processes every 10 minutes for an hour. RSS that only ever grows, with steady traffic, is a leak.',
        },
        {
          kind: 'command',
          text: 'node --heapsnapshot-signal=SIGUSR2 server.js\n# later, twice a few minutes apart:\nkill -USR2 "$(pgrep -f server.js | head -n 1)"',
          expect:
            'Each signal writes a `.heapsnapshot` file in the working folder; compare two in Chrome DevTools (Memory tab): what grew between them is the leak.',
          when: { backend: ['node'] },
        },
      ],
    },
    restartPolicyOption,
  ],
  prevent: [
    'Monitor memory per service and alert before it reaches its limit (at 80–90 %), not after the kill.',
    'Size worker counts from measured memory per worker, and recycle workers (`pm.max_requests`, gunicorn `--max-requests`, uWSGI `max-requests`, PM2 `max_memory_restart`) to contain leaks.',
    'Give every service a memory limit of its own (systemd `MemoryMax`, container limits), so one leak cannot take down the database or nginx.',
    'Keep some swap on small servers as a buffer for spikes, and treat regular swapping as a sign to add memory.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
