import { describe, expect, it } from 'vitest'
import { readHead } from './head.ts'

// From the lab's real nginx (lab/captured/refused.log), and its twin: Consul's raft line as
// Loki's LogCLI docs print it (corpus/platforms/line-samples.ts), Go's log time then `[INFO]`.
const NGINX =
  '2026/11/22 02:32:33 [error] 13675#13675: *1 connect() failed (111: Connection refused) while connecting to upstream'
const CONSUL = '2018/06/25 12:52:09 [INFO] raft: Snapshot to 475409 complete'

describe('readHead', () => {
  it.each([
    ['nginx, as it writes it', NGINX, 'error'],
    [
      'nginx with its level upper-cased by a tool, ids kept',
      NGINX.replace('[error]', '[ERROR]'),
      'error',
    ],
    ['nginx without its time, ids kept', NGINX.slice(20), 'error'],
    ["Go's log time with HashiCorp's upper-case level", CONSUL, null],
    [
      "the same with nginx's lower-case level and no ids",
      CONSUL.replace('[INFO]', '[info]'),
      'info',
    ],
  ] as const)('%s', (_, line, level) => {
    expect(readHead(line)?.level ?? null).toBe(level)
  })
})
