/**
 * Genuine, publicly posted CSV exports from Kibana (Discover's "Generate CSV"), for the
 * platform unwrapping tests. Every text is exactly as published at its source; see each note.
 */
import type { PlatformSample } from './types.ts'

export const CSV_SAMPLES: readonly PlatformSample[] = [
  {
    format: 'kibana-csv',
    source:
      'https://github.com/RW90/exjobb_projekt/blob/15802f43a2991d6e7172ebda6166bad03ad92fd0/src/main/resources/logs/startedservices.csv',
    text: '"@timestamp","log.original"\n"2021-04-14 02:09:38.567","2021-04-14 04:09:38,567 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366178566, type=ContextRefreshed, appName=order, appVersion=1.0.422, scmRevision=78bc326]"\n"2021-04-14 02:09:34.197","2021-04-14 04:09:34,197 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366174195, type=ContextRefreshed, appName=order, appVersion=1.0.422, scmRevision=78bc326]"\n"2021-04-14 02:09:07.497","2021-04-14 04:09:07,497 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366147496, type=ContextRefreshed, appName=customer, appVersion=1.0.48, scmRevision=e1e335f]"',
    lines: [
      '2021-04-14 04:09:38,567 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366178566, type=ContextRefreshed, appName=order, appVersion=1.0.422, scmRevision=78bc326]',
      '2021-04-14 04:09:34,197 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366174195, type=ContextRefreshed, appName=order, appVersion=1.0.422, scmRevision=78bc326]',
      '2021-04-14 04:09:07,497 INFO  [main] [org.springframework.boot.actuate.audit.listener.AuditListener] [NONE] - AuditEvent [timestamp=1618366147496, type=ContextRefreshed, appName=customer, appVersion=1.0.48, scmRevision=e1e335f]',
    ],
    instances: [null, null, null],
    note: "A Kibana CSV export of a Spring Boot fleet's logs kept in a student project as its input: the header and the first three of its rows (the file goes on for 377,776 characters). Every cell is quoted (each holds a character that is not a letter or digit, as Kibana's escapeValue quotes it); the line is in log.original (ECS), the export's own time in @timestamp. No host or pod column, so no instance. Not an nginx line.",
  },
]
