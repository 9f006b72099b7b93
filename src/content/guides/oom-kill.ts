import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkOomKills,
  checkServiceRunning,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'oom-kill',
  explain: [
    'The machine (or the container’s memory limit) ran out of memory, and the Linux kernel’s out-of-memory killer picked a process and ended it at once, with no chance to clean up. It usually picks the process using the most memory, which is often the backend: a Node, Python, Java or PHP-FPM process.',
    'For nginx this looks like a sudden death: requests the backend was handling end with `upstream prematurely closed connection` or `Connection reset by peer`, both 502, and until something restarts it, new requests are refused, also 502. If the killed process was an nginx worker, the nginx master starts a new one and only that worker’s connections break.',
  ],
  usual: [
    'A memory leak in the application: memory grows steadily until the kill, then the cycle starts again after a restart.',
    'Too many workers for the RAM: PHP-FPM `pm.max_children`, gunicorn workers or PM2 instances multiplied by their size exceed what the machine has.',
    'A container memory limit lower than the app needs (Docker `mem_limit`, Kubernetes `resources.limits.memory`): the container is killed even though the host has free memory.',
    'A single heavy request (a huge export, an image upload being resized, a query loading a whole table into memory).',
    'A small server with no swap at all, where any spike goes straight to the OOM killer.',
  ],
  confirm: [
    checkOomKills,
    {
      kind: 'command',
      text: 'sudo journalctl -k --since "24 hours ago" --no-pager | grep -iE "out of memory|oom-kill|killed process"',
      expect: 'The same kernel messages from the journal, with dates, if `dmesg` has rotated.',
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
    {
      kind: 'command',
      text: 'systemctl show {service} -p Result -p NRestarts -p MemoryCurrent -p MemoryMax',
      expect:
        '`Result=oom-kill` confirms systemd saw the service killed for memory; `MemoryMax` shows any limit set on it.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: 'docker inspect -f "{{.Name}} OOMKilled={{.State.OOMKilled}} exit={{.State.ExitCode}} limit={{.HostConfig.Memory}}" $(docker compose ps -aq)',
      expect:
        '`OOMKilled=true` (exit code 137) confirms the container hit its memory limit (`limit=0` means no limit).',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl get pods\nkubectl describe pod -l app={service} | grep -A 4 "Last State"',
      expect:
        '`Reason: OOMKilled` with `Exit Code: 137` confirms the container exceeded its memory limit.',
      when: { runtime: ['kubernetes'] },
    },
    ...checkServiceRunning,
  ],
  fix: [
    {
      title: 'Run fewer or smaller workers so they fit in memory',
      why: 'The total memory of the backend is roughly the number of workers times the size of each. Capping the number of workers to what fits, and recycling them periodically to release leaked memory, keeps the total under the limit.',
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
          text: 'gunicorn --workers 3 --max-requests 1000 --max-requests-jitter 100 --bind 127.0.0.1:{port} app:app',
          expect:
            'Workers restart after about 1000 requests each (staggered by the jitter), which releases leaked memory.',
          when: { backend: ['python'] },
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
    },
    {
      title: 'Give the backend a memory ceiling of its own',
      why: 'Without a limit, a leaking backend grows until the kernel kills something, possibly the database or sshd. A per-service limit makes only that service pay: it is throttled at `MemoryHigh` and killed (then restarted) at `MemoryMax`, while the rest of the machine keeps running.',
      tradeoff:
        'The service is killed at its own limit instead of the machine’s; set the limit above its normal peak, and combine it with a restart policy.',
      steps: [
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/memory.conf',
          text: [
            '[Service]',
            '# Reclaim memory hard above 800 MB, kill and restart above 1 GB.',
            'MemoryHigh=800M',
            'MemoryMax=1G',
            'Restart=always',
            'RestartSec=3',
          ].join('\n'),
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl daemon-reload && sudo systemctl restart {service}\nsystemctl show {service} -p MemoryHigh -p MemoryMax',
          expect: 'The new limits in bytes.',
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            'services:',
            '  {service}:',
            '    restart: unless-stopped',
            '    # Raise this if the container is OOMKilled under normal load.',
            '    mem_limit: 1g',
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
            '      requests: { memory: 512Mi }',
            '      # The container is OOMKilled above this; set it above the normal peak.',
            '      limits: { memory: 1Gi }',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
      ],
    },
    {
      title: 'Add swap as a safety margin',
      why: 'Swap gives the kernel somewhere to put rarely used memory during a spike, so a short peak slows the machine down instead of killing the backend. On small servers without any swap it is often the quickest relief.',
      tradeoff:
        'Swap is slow: a machine that swaps constantly becomes sluggish, which is a sign it needs more RAM or fewer workers. It is a buffer for spikes, not extra memory. Containers with a hard memory limit are not helped by host swap.',
      steps: [
        {
          kind: 'command',
          text: 'sudo fallocate -l 2G /swapfile\nsudo chmod 600 /swapfile\nsudo mkswap /swapfile\nsudo swapon /swapfile\necho "/swapfile none swap sw 0 0" | sudo tee -a /etc/fstab\nswapon --show',
          expect: '`/swapfile file 2G` in the list; the `/etc/fstab` line keeps it after a reboot.',
        },
        {
          kind: 'command',
          text: 'sudo sysctl -w vm.swappiness=10\necho "vm.swappiness = 10" | sudo tee /etc/sysctl.d/90-swappiness.conf',
          expect: 'A low swappiness uses swap mainly under pressure, not for normal operation.',
        },
      ],
      when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
    },
    restartPolicyOption,
    {
      title: 'Find and fix the leak, or give the machine more memory',
      why: 'If memory grows steadily with uptime, the application keeps something it should release; a heap profile shows what. If it is simply busy, the machine or the container needs more memory.',
      tradeoff: 'Profiling takes time; a bigger machine costs money. Both are the lasting fix.',
      steps: [
        {
          kind: 'command',
          text: 'for i in 1 2 3 4 5 6; do date +%T; ps -C node,python3,php-fpm{phpVersion},java -o pid=,rss=,comm= --sort=-rss | head -n 3; sleep 600; done',
          expect:
            'The biggest processes every 10 minutes for an hour. RSS that only ever grows points at a leak.',
        },
      ],
    },
  ],
  prevent: [
    'Monitor memory per service and alert before it reaches its limit (at 80–90 %), not after the kill.',
    'Size worker counts from measured memory per worker, and recycle workers (`pm.max_requests`, gunicorn `--max-requests`, PM2 `max_memory_restart`) to contain leaks.',
    'Give every service a memory limit of its own (systemd `MemoryMax`, container limits), so one leak cannot take down the database or nginx.',
    'Keep some swap on small servers as a buffer for spikes, and treat regular swapping as a sign to add memory.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
