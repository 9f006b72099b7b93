/**
 * Everything 502 Doctor says about each cause: what nginx saw, the usual reasons, read-only
 * checks, ordered fixes and prevention. One file per cause id; shared steps live in common.ts.
 */
import type { CauseId } from '../../core/causes.ts'
import type { CauseGuide } from '../../core/fix/types.ts'
import { guide as upstreamRefused } from './upstream-refused.ts'
import { guide as upstreamRefusedIpv6 } from './upstream-refused-ipv6.ts'
import { guide as upstreamUnreachable } from './upstream-unreachable.ts'
import { guide as upstreamConnectTimeout } from './upstream-connect-timeout.ts'
import { guide as upstreamReadTimeout } from './upstream-read-timeout.ts'
import { guide as upstreamPrematureClose } from './upstream-premature-close.ts'
import { guide as upstreamReset } from './upstream-reset.ts'
import { guide as upstreamBrokenPipe } from './upstream-broken-pipe.ts'
import { guide as headerTooBig } from './header-too-big.ts'
import { guide as invalidResponse } from './invalid-response.ts'
import { guide as noLiveUpstreams } from './no-live-upstreams.ts'
import { guide as socketMissing } from './socket-missing.ts'
import { guide as permissionDenied } from './permission-denied.ts'
import { guide as dnsNoResolver } from './dns-no-resolver.ts'
import { guide as dnsResolveFailed } from './dns-resolve-failed.ts'
import { guide as upstreamSsl } from './upstream-ssl.ts'
import { guide as fastcgiStderr } from './fastcgi-stderr.ts'
import { guide as resourceExhaustion } from './resource-exhaustion.ts'
import { guide as phpFpmMaxChildren } from './php-fpm-max-children.ts'
import { guide as oomKill } from './oom-kill.ts'
import { guide as selinuxDenied } from './selinux-denied.ts'
import { guide as backendCrash } from './backend-crash.ts'
import { guide as accessLog502 } from './access-log-502.ts'

/** The guide of every cause id of the contract. */
export const CAUSE_GUIDES: Readonly<Record<CauseId, CauseGuide>> = {
  'upstream-refused': upstreamRefused,
  'upstream-refused-ipv6': upstreamRefusedIpv6,
  'upstream-unreachable': upstreamUnreachable,
  'upstream-connect-timeout': upstreamConnectTimeout,
  'upstream-read-timeout': upstreamReadTimeout,
  'upstream-premature-close': upstreamPrematureClose,
  'upstream-reset': upstreamReset,
  'upstream-broken-pipe': upstreamBrokenPipe,
  'header-too-big': headerTooBig,
  'invalid-response': invalidResponse,
  'no-live-upstreams': noLiveUpstreams,
  'socket-missing': socketMissing,
  'permission-denied': permissionDenied,
  'dns-no-resolver': dnsNoResolver,
  'dns-resolve-failed': dnsResolveFailed,
  'upstream-ssl': upstreamSsl,
  'fastcgi-stderr': fastcgiStderr,
  'resource-exhaustion': resourceExhaustion,
  'php-fpm-max-children': phpFpmMaxChildren,
  'oom-kill': oomKill,
  'selinux-denied': selinuxDenied,
  'backend-crash': backendCrash,
  'access-log-502': accessLog502,
}
