import type { CauseId } from '../../causes.ts'
import type { SetupAnswers } from '../../fix/types.ts'

/** The families of lines the reader must know (issue 9 §2), one file or more each. */
export type CorpusFamily =
  | 'nginx-classic'
  | 'damaged-head'
  | 'cut-or-wrapped'
  | 'stream'
  | 'resolver'
  | 'openresty'
  | 'resource-limit'
  | 'kernel-oom'
  | 'segfault'
  | 'selinux'
  | 'systemd'
  | 'gunicorn'
  | 'uwsgi'
  | 'ruby'
  | 'php-fpm'
  | 'fastcgi-stderr'
  | 'node'
  | 'apache'
  | 'java'
  | 'access-other'

/** One line (or one entry a person wrapped over several lines) someone posted in public. */
export interface CorpusLine {
  /** Address of the public thread the text was copied from. */
  source: string
  /** Exactly as posted. An entry hard-wrapped over several lines keeps its `\n`s: it is one entry. */
  text: string
  /** What the entry is evidence of (`shared/contract/cause-ids.md`), or null for a look-alike. */
  cause: CauseId | null
  family: CorpusFamily
  /** Why this verdict, when it is a judgement call; what fact matters (process, upstream ...). */
  note?: string
  /** Why the project's verdict differs from the one first given, when it does. */
  verdict?: string
  /**
   * Why the reader cannot give this verdict from the line alone (what only the thread tells,
   * text too mangled to read): the test checks the reader still does not, so a change that
   * starts reading it right says so.
   */
  unread?: string
}

/** The setup as a thread shows it, in the command line's `--setup` keys and values. */
export type IncidentSetup = SetupAnswers

/** A real incident: what a person pasted, and what the thread found had caused and fixed it. */
export interface Incident {
  /** Address of the public thread. */
  source: string
  /** A few words: what broke, for the test's name. */
  title: string
  /** The log lines the person pasted, exactly, in their order (several pastes joined by `\n`). */
  paste: string
  /** The cause the thread's resolution shows, which the first finding must name. */
  rootCause: CauseId
  /** What fixed it, in our own words, one or two sentences. */
  resolution: string
  /** The fix ids (`shared/contract/fix-ids.md`) of what fixed it, the one that worked first. */
  fixes: readonly string[]
  setup: IncidentSetup
  /** Address of the comment that shows the resolution, when it is not the thread's first post. */
  resolvedAt?: string
  /** Why this root cause, when it is a judgement call. */
  note?: string
  /** Why the project's root cause differs from the one first given, when it does. */
  verdict?: string
  /**
   * Why the paste alone cannot show the root cause (what only the thread tells): the test
   * checks the reader still does not name it first, so a change that starts to says so.
   */
  unread?: string
  /**
   * Why the guides cannot put the thread's fix in their first two for this paste and setup
   * (what only the thread tells): the test checks it is still so, as with `unread`.
   */
  fixUnread?: string
}
