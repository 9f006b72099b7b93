import type { ProgramRule } from './rule.ts'

/** Java servers (Tomcat, Spring Boot, Jetty): out of heap, or a connector that cannot start. */
export const JAVA_RULES: readonly ProgramRule[] = [
  // The client (nginx, a browser) went away mid-response: the backend is fine.
  {
    source: 'app',
    cause: null,
    pattern: /\bClientAbortException\b|\borg\.eclipse\.jetty\.io\.EofException\b/,
    lookalike: 'client-closed',
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /java\.lang\.OutOfMemoryError|Dumping heap to \S{1,300}\.hprof/,
    alternative: 'oom-kill',
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /Failed to initialize connector|Failed to start end point associated with ProtocolHandler|Address already in use: bind|java\.net\.BindException: Address already in use|APPLICATION FAILED TO START|Web server failed to start/,
  },
]

/** .NET (Kestrel, ASP.NET Core): an unhandled exception, or a host that cannot start. */
export const DOTNET_RULES: readonly ProgramRule[] = [
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /Unhandled [Ee]xception[.:] System\.|Application startup exception|Hosting failed to start|Failed to bind to address/,
  },
]

/** Go's net/http server out of file descriptors: it cannot accept what nginx sends. */
export const GO_RULES: readonly ProgramRule[] = [
  {
    source: 'app',
    cause: 'resource-exhaustion',
    pattern: /\bhttp: Accept error: accept \S{1,100} \S{1,100}: accept4?: too many open files/,
  },
]
