import type { CauseId } from '../causes.ts'
import type { FixId } from './fix-ids.ts'

/** Questions the wizard asks about the setup; their answers choose fix variants. */
export interface SetupAnswers {
  /** What runs the backend. */
  backend?: 'node' | 'php-fpm' | 'python' | 'uwsgi' | 'java' | 'other'
  /** How it is run and restarted. */
  runtime?: 'systemd' | 'docker' | 'kubernetes' | 'pm2' | 'supervisor' | 'other'
  /** Where it lives relative to nginx. */
  location?: 'same-host' | 'other-host' | 'container'
  /** Distribution family (package names, SELinux). */
  distro?: 'debian' | 'rhel' | 'other'
  /** What sits in front of nginx. */
  front?: 'nothing' | 'cloudflare' | 'cloud-lb'
}

/** The name of one setup question. */
export type SetupQuestion = keyof SetupAnswers

/** A step shown only for some answers: every listed question must have one of the values. */
export type When = { [Q in SetupQuestion]?: readonly NonNullable<SetupAnswers[Q]>[] }

/** A shell command to copy, with `{slot}` placeholders (see fill-template.ts). */
export interface CommandStep {
  kind: 'command'
  /** The command (bash syntax; several lines allowed). */
  text: string
  /** What to look for in its output, in plain words. */
  expect?: string
  when?: When
}

/** A piece of configuration to copy into a file. */
export interface SnippetStep {
  kind: 'snippet'
  /** `nginx` snippets are checked with the real `nginx -t`; the others are shown as text. */
  language:
    'nginx' | 'systemd' | 'php-fpm' | 'yaml' | 'dockerfile' | 'ini' | 'javascript' | 'python'
  /** Where the snippet goes (`server` or `location` block for nginx, or a file path). */
  context: 'http' | 'server' | 'location' | 'upstream' | 'file'
  /** File to edit, as a template (e.g. `/etc/systemd/system/{service}.service.d/restart.conf`). */
  file?: string
  text: string
  when?: When
}

/** One step of a check or fix. */
export type Step = CommandStep | SnippetStep

/** One way to fix a cause, with its price. */
export interface FixOption {
  /** The action it takes (`shared/contract/fix-ids.md`); the page marks it `data-fix`. */
  id: FixId
  title: string
  /** Why it works, in plain words. */
  why: string
  /** What it costs or risks. */
  tradeoff: string
  steps: readonly Step[]
  when?: When
}

/** Everything 502 Doctor says about one cause. */
export interface CauseGuide {
  cause: CauseId
  /** What nginx saw and why the client got this status, in plain words, one paragraph each. */
  explain: readonly string[]
  /** The usual root causes, most common first. */
  usual: readonly string[]
  /** Read-only checks that confirm the cause before anything changes. */
  confirm: readonly CommandStep[]
  /** Ordered fixes: the first is the one to try first. */
  fix: readonly FixOption[]
  /** What stops it coming back. */
  prevent: readonly string[]
}
