import type { ProgramRule } from './rule.ts'

/** Java servers (Tomcat, Spring Boot, Jetty): out of heap, or a connector that cannot start. */
export const JAVA_RULES: readonly ProgramRule[] = [
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
