import type { ProgramRule } from './rule.ts'

const crash = (
  pattern: RegExp,
  keys?: readonly string[],
  alternative?: 'oom-kill',
): ProgramRule => ({
  source: 'app',
  cause: 'backend-crash',
  pattern,
  ...(keys === undefined ? {} : { keys }),
  ...(alternative === undefined ? {} : { alternative }),
})

/** Sizes uwsgi reads from an HTTP request line: `GET `, `POST`, `PUT `, `HEAD`, ... */
const HTTP_AS_UWSGI: ReadonlySet<string> = new Set(
  ['GET', 'POST', 'PUT', 'HEAD', 'DELETE', 'PATCH', 'OPTIONS'].map((method) =>
    String(method.charCodeAt(1) + method.charCodeAt(2) * 256),
  ),
)

/**
 * Python's application servers (gunicorn, uvicorn, uWSGI) saying a worker died, timed out,
 * was killed or never started, and the uncaught exceptions that did it. `invalid request
 * block size` is uWSGI refusing a request whose headers outgrow its `buffer-size`: nginx only
 * sees the connection cut, so this line names the cause.
 */
export const PYTHON_RULES: readonly ProgramRule[] = [
  // Start-up notices and a normal stop.
  {
    source: 'app',
    cause: null,
    pattern: /\[INFO\] Shutting down: Master/,
    lookalike: 'normal-stop',
  },
  crash(/\[CRITICAL\] WORKER TIMEOUT(?: \(pid:(\d{1,10})\))?/, ['pid']),
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /\bWorker \(pid:(\d{1,10})\) was sent (SIG[A-Z]{2,8}|code \d{1,5})(!? Perhaps out of memory)?/,
    keys: ['pid', 'signalName', 'oomHint'],
    refine: (extra) =>
      extra.oomHint === undefined ? null : { cause: 'backend-crash', alternative: 'oom-kill' },
  },
  crash(/\bWorker with pid (\d{1,10}) was terminated due to signal (\d{1,3})/, ['pid', 'signal']),
  crash(/\bWorker \(pid:(\d{1,10})\) exited with code ([1-9]\d{0,4})/, ['pid', 'exitCode']),
  crash(
    /Worker failed to boot|\[ERROR\] Shutting down: Master|HaltServer|Exception in worker process|\[ERROR\] Socket error processing request|\[ERROR\] Can't connect to \(|\[ERROR\] Connection in use: /,
  ),
  crash(/Application startup failed\. Exiting\.|\bERROR: {1,8}\[Errno \d{1,4}\]/),
  // uWSGI.
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /\binvalid request block size: (\d{1,10}) \(max (\d{1,10})\)/,
    keys: ['size', 'max'],
    // uwsgi reads a packet's size from its bytes 2 and 3: a size that spells `ET` (GET),
    // `OS` (POST) ... is an HTTP request sent to a uwsgi socket (proxy_pass for uwsgi_pass).
    refine: (extra) => (HTTP_AS_UWSGI.has(extra.size ?? '') ? { cause: 'invalid-response' } : null),
  },
  crash(
    /HARAKIRI (?:ON WORKER|\[core|!!!|triggered by worker)|\*\*\* HARAKIRI \*\*\*|DAMN ! worker \d{1,5} \(pid: \d{1,10}\) died/,
  ),
  crash(
    /--- no python application found|unable to load app \d{1,4} \(mountpoint=|\bno app loaded\. (?:going in full dynamic mode|GAME OVER)|!!! uWSGI process \d{1,10} got Segmentation Fault !!!/,
  ),
  crash(/\bbind\(\): Address already in use \[core/),
  {
    source: 'app',
    cause: 'resource-exhaustion',
    pattern: /uWSGI listen queue of socket "([^"]{1,300})" \(fd: \d{1,6}\) full/,
    keys: ['listen'],
  },
  // An uncaught exception: the traceback's head or its last line.
  crash(/^(?:ERROR:\s+)?Traceback \(most recent call last\):/),
  // Its last line: a qualified exception (`sqlalchemy.exc.OperationalError: ...`) or one of
  // Python's own that stop an app from starting. A bare `FooError:` may be anyone's.
  crash(
    /^(?:[a-z_]\w*\.)+[A-Z]\w*(?:Error|Exception): \S|^(?:ImportError|ModuleNotFoundError|SyntaxError|IndentationError|NameError|AttributeError|MemoryError|RecursionError|OSError): \S/,
  ),
]
