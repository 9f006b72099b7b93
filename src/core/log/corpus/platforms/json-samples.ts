/**
 * Genuine, publicly posted JSON-shaped exports from log platforms (issue 12 §2), for the
 * platform unwrapping tests. Every text is exactly as published at its source; see each note.
 * Generated from the sources listed; do not edit a text by hand.
 */
import type { PlatformSample } from './types.ts'

export const JSON_SAMPLES: readonly PlatformSample[] = [
  {
    format: 'logcli-jsonl',
    source:
      'https://github.com/grafana/loki/blob/65e30f8488e8a5ea2013c6881675f8103a8f6bc7/pkg/logcli/output/jsonl_test.go',
    text: '{"labels":{"type":"test"},"line":"Hello","timestamp":"2006-01-02T10:04:05+02:00"}',
    lines: ['Hello'],
    instances: [null],
    note: 'Loki\'s own unit-test expectation for logcli --output=jsonl (test case "timezone option set to a Local one"); the text is the Go raw-string literal\'s content without the + "\\n" the test appends. Labels {"type":"test"} name no host or pod. Not an nginx line.',
  },
  {
    format: 'logcli-jsonl',
    source: 'https://github.com/grafana/loki/issues/5382',
    text: '{\n  "labels": {},\n  "line": "2022-02-05 23:51:00,951 WARN whatever\\n",\n  "timestamp": "2022-02-06T01:51:03.151399002+02:00"\n}',
    lines: ['2022-02-05 23:51:00,951 WARN whatever'],
    instances: [null],
    note: 'Pasted by the reporter: `logcli query {XXX} --output=jsonl --limit=1` printed as indented JSON (older logcli pretty-printed each record over several lines). labels is {} because logcli moved the common labels out (the bug the issue is about), so no instance. The line value ends with "\\n", removed in lines. Not an nginx line.',
  },
  {
    format: 'filebeat-nginx',
    source:
      'https://github.com/elastic/beats/blob/01181c59233bc68dc9e33c53caa07ea241ec6466/filebeat/module/nginx/error/test/error.log-expected.json',
    text: '[\n    {\n        "@timestamp": "2016-10-25T14:49:34.000-02:00",\n        "event.dataset": "nginx.error",\n        "event.module": "nginx",\n        "event.timezone": "-02:00",\n        "fileset.name": "error",\n        "input.type": "log",\n        "log.level": "error",\n        "log.offset": 0,\n        "message": "open() \\"/usr/local/Cellar/nginx/1.10.2_1/html/favicon.ico\\" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: \\"GET /favicon.ico HTTP/1.1\\", host: \\"localhost:8080\\", referrer: \\"http://localhost:8080/\\"",\n        "nginx.error.connection_id": 1,\n        "process.pid": 54053,\n        "process.thread.id": 0,\n        "service.type": "nginx"\n    },\n    {\n        "@timestamp": "2016-10-25T14:50:44.000-02:00",\n        "event.dataset": "nginx.error",\n        "event.module": "nginx",\n        "event.timezone": "-02:00",\n        "fileset.name": "error",\n        "input.type": "log",\n        "log.level": "error",\n        "log.offset": 273,\n        "message": "open() \\"/usr/local/Cellar/nginx/1.10.2_1/html/adsasd\\" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: \\"GET /adsasd HTTP/1.1\\", host: \\"localhost:8080\\"",\n        "nginx.error.connection_id": 3,\n        "process.pid": 54053,\n        "process.thread.id": 0,\n        "service.type": "nginx"\n    },\n    {\n        "@timestamp": "2019-10-30T23:26:34.000-02:00",\n        "event.dataset": "nginx.error",\n        "event.module": "nginx",\n        "event.timezone": "-02:00",\n        "fileset.name": "error",\n        "input.type": "log",\n        "log.flags": [\n            "multiline"\n        ],\n        "log.level": "error",\n        "log.offset": 500,\n        "message": "FastCGI sent in stderr: \\"PHP message: PHP Warning:  Declaration of FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) should be compatible with FEE_Field_Post::wrap($content, $post_id = 0) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0\\nPHP message: PHP Warning:  Declaration of FEE_Field_Tags::wrap($content, $before, $sep, $after) should be compatible with FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0\\nPHP message: PHP Warning:  Declaration of FEE_Field_Category::wrap($content, $sep, $parents) should be compatible with FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0",\n        "nginx.error.connection_id": 180289,\n        "process.pid": 205860,\n        "process.thread.id": 205860,\n        "service.type": "nginx"\n    },\n    {\n        "@timestamp": "2019-11-05T14:50:44.000-02:00",\n        "event.dataset": "nginx.error",\n        "event.module": "nginx",\n        "event.timezone": "-02:00",\n        "fileset.name": "error",\n        "input.type": "log",\n        "log.level": "error",\n        "log.offset": 1386,\n        "message": "open() \\"/usr/local/Cellar/nginx/1.10.2_1/html/adsasd\\" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: \\"GET /pysio HTTP/1.1\\", host: \\"localhost:8080\\"",\n        "nginx.error.connection_id": 3,\n        "process.pid": 54053,\n        "process.thread.id": 0,\n        "service.type": "nginx"\n    }\n]',
    lines: [
      'open() "/usr/local/Cellar/nginx/1.10.2_1/html/favicon.ico" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", host: "localhost:8080", referrer: "http://localhost:8080/"',
      'open() "/usr/local/Cellar/nginx/1.10.2_1/html/adsasd" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: "GET /adsasd HTTP/1.1", host: "localhost:8080"',
      'FastCGI sent in stderr: "PHP message: PHP Warning:  Declaration of FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) should be compatible with FEE_Field_Post::wrap($content, $post_id = 0) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0\nPHP message: PHP Warning:  Declaration of FEE_Field_Tags::wrap($content, $before, $sep, $after) should be compatible with FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0\nPHP message: PHP Warning:  Declaration of FEE_Field_Category::wrap($content, $sep, $parents) should be compatible with FEE_Field_Terms::wrap($content, $taxonomy, $before, $sep, $after) in /var/www/xxx/web/wp-content/plugins/front-end-editor/php/fields/post.php on line 0',
      'open() "/usr/local/Cellar/nginx/1.10.2_1/html/adsasd" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: "GET /pysio HTTP/1.1", host: "localhost:8080"',
    ],
    instances: [null, null, null, null],
    note: 'Filebeat nginx module (error fileset) golden file: a JSON array of 4 flattened-key documents. message lacks the nginx prefix: the time is in @timestamp (with event.timezone), the level in log.level, pid in process.pid, tid in process.thread.id, the *cid in nginx.error.connection_id. The third document is a multi-line FastCGI record (log.flags ["multiline"], \\n inside message). No host.name in these test documents, so instances are null.',
  },
  {
    format: 'elasticsearch-hits',
    source:
      'https://hackage-content.haskell.org/package/elasticsearch-interchange-0.2.0.0/src/samples/search/response/001/input.json',
    text: '{\n  "took": 5,\n  "timed_out": false,\n  "_shards": {\n    "total": 1,\n    "successful": 1,\n    "skipped": 0,\n    "failed": 0\n  },\n  "hits": {\n    "total": {\n      "value": 20,\n      "relation": "eq"\n    },\n    "max_score": 1.3862942,\n    "hits": [\n      {\n        "_index": "my-index-000001",\n        "_type" : "_doc",\n        "_id": "0",\n        "_score": 1.3862942,\n        "_source": {\n          "@timestamp": "2099-11-15T14:12:12",\n          "http": {\n            "request": {\n              "method": "get"\n            },\n            "response": {\n              "status_code": 200,\n              "bytes": 1070000\n            },\n            "version": "1.1"\n          },\n          "source": {\n            "ip": "127.0.0.1"\n          },\n          "message": "GET /search HTTP/1.1 200 1070000",\n          "user": {\n            "id": "kimchy"\n          }\n        }\n      }\n    ]\n  }\n}',
    lines: ['GET /search HTTP/1.1 200 1070000'],
    instances: [null],
    note: 'The example _search response from the Elasticsearch search API reference, as stored by the elasticsearch-interchange package (which says it is the example response from the Elasticsearch documentation; this copy carries a "_type" : "_doc" line). One hit; _source.message is an access-style line, not nginx error; no host field in _source, so instance null.',
  },
  {
    format: 'cloudwatch-filter',
    source:
      'https://github.com/aws/aws-cli/blob/247848257ee844cf717971d5609114b6819c0a81/awscli/examples/logs/filter-log-events.rst',
    text: '    {\n        "events": [\n            {\n                "logStreamName": "teststream",\n                "timestamp": 1712567843827,\n                "message": "Test MESSAGE1",\n                "ingestionTime": 1712567844822,\n                "eventId": "00091539120382912324200901570000096855579456010247667712"\n            },\n            {\n                "logStreamName": "2024/05/09/[$LATEST]abc1024",\n                "timestamp": 1712568068991,\n                "message": "Test MESSAGE2",\n                "ingestionTime": 1712568070017,\n                "eventId": "00001544141707904000000130886135001961903807164184002560"\n            }\n        ]\n    }',
    lines: ['Test MESSAGE1', 'Test MESSAGE2'],
    instances: ['teststream', '2024/05/09/[$LATEST]abc1024'],
    note: 'The Output:: literal block of the aws-cli example for `aws logs filter-log-events`, taken as published inside the .rst file, i.e. every line keeps the 4-space RST literal-block indent. Not nginx lines.',
  },
  {
    format: 'cloudwatch-get',
    source:
      'https://github.com/aws/aws-cli/blob/07c4fe366b49c4dde816d674f4941134fc432673/awscli/examples/logs/get-log-events.rst',
    text: '  {\n      "nextForwardToken": "f/31961209122447488583055879464742346735121166569214640130",\n      "events": [\n          {\n              "ingestionTime": 1433190494190,\n              "timestamp": 1433190184356,\n              "message": "Example Event 1"\n          },\n          {\n              "ingestionTime": 1433190516679,\n              "timestamp": 1433190184356,\n              "message": "Example Event 1"\n          },\n          {\n              "ingestionTime": 1433190494190,\n              "timestamp": 1433190184358,\n              "message": "Example Event 2"\n          }\n      ],\n      "nextBackwardToken": "b/31961209122358285602261756944988674324553373268216709120"\n  }',
    lines: ['Example Event 1', 'Example Event 1', 'Example Event 2'],
    instances: [null, null, null],
    note: 'The Output:: literal block of the aws-cli example for `aws logs get-log-events --log-stream-name 20150601` (lines keep the 2-space RST indent). Events carry no stream name (it was a request argument), so instances are null. Note the doc repeats "Example Event 1" twice. Not nginx lines.',
  },
  {
    format: 'cloudwatch-insights',
    source:
      'https://github.com/aws/aws-cli/blob/74c7ca8e1e256e439bbb6c3bd4a312658c0d262d/awscli/examples/logs/get-query-results.rst',
    text: '    {\n        "results": [\n            [\n                {\n                    "field": "@timestamp",\n                    "value": "2024-05-19 06:10:35.743"\n                },\n                {\n                    "field": "@message",\n                    "value": "Test BENCHMARK 3"\n                },\n                {\n                    "field": "@logStream",\n                    "value": "TestStream"\n                },\n                {\n                    "field": "@ptr",\n                    "value": "ClQKGAoUODc3MzYyMTE0MTkzOnRlc3ROSFQQARI0GhgCBmJoHCAAAAAAg5VGeQAGZJl2MAAAAQIgASjnpOT7+DEw3+Tk+/gxOAJAXkiwBlDfAhgAIAEQARgB"\n                }\n            ],\n            [\n                {\n                    "field": "@timestamp",\n                    "value": "2024-05-19 06:10:27.559"\n                },\n                {\n                    "field": "@message",\n                    "value": "Test BENCHMARK 2"\n                },\n                {\n                    "field": "@logStream",\n                    "value": "TestStream"\n                },\n                {\n                    "field": "@ptr",\n                    "value": "ClQKGAoUODc3MzYyMTE0MTkzOnRlc3ROSFQQARI0GhgCBmJoHCAAAAAAg5VGeQAGZJl2MAAAAQIgASjnpOT7+DEw3+Tk+/gxOAJAXkiwBlDfAhgAIAEQABgB"\n                }\n            ],\n            [\n                {\n                    "field": "@timestamp",\n                    "value": "2024-05-19 06:10:16.682"\n                },\n                {\n                    "field": "@message",\n                    "value": "Test BENCHMARK 1"\n                },\n                {\n                    "field": "@logStream",\n                    "value": "TestStream"\n                },\n                {\n                    "field": "@ptr",\n                    "value": "ClQKGAoUODc3MzYyMTE0MTkzOnRlc3ROSFQQBxI0GhgCBl9OTrgAAAABgsQLrwAGZJl0wAAAB4IgASjqz+P7+DEw6s/j+/gxOAFAL0j2BVClAhgAIAEQABgB"\n                }\n            ]\n        ],\n        "statistics": {\n            "recordsMatched": 3.0,\n            "recordsScanned": 3.0,\n            "bytesScanned": 141.0\n        },\n        "status": "Complete"\n    }',
    lines: ['Test BENCHMARK 3', 'Test BENCHMARK 2', 'Test BENCHMARK 1'],
    instances: ['TestStream', 'TestStream', 'TestStream'],
    note: 'The Output:: literal block of the aws-cli example for `aws logs get-query-results` (lines keep the 4-space RST indent): results is a list of rows, each a list of {field,value}; @message holds the line, @logStream the stream; also statistics and status. Not nginx lines.',
  },
  {
    format: 'journald-json',
    source:
      'https://github.com/systemd/systemd/blob/004e3ed11aea1bd8644711055a97abf072a509cb/docs/JOURNAL_EXPORT_FORMATS.md',
    text: '{\n  "MESSAGE" : "Hello World",\n  "_UDEV_DEVNODE" : "/dev/waldo",\n  "_UDEV_DEVLINK" : [ "/dev/alias1", "/dev/alias2" ],\n  "BINARY" : [ 116, 104, 105, 115, 32, 105, 115, 32, 97, 32, 98, 105, 110, 97, 114, 121, 32, 118, 97, 108, 117, 101, 32, 7 ],\n  "LARGE" : null\n}',
    lines: ['Hello World'],
    instances: [null],
    note: 'The example object from the "Journal JSON Format" section of systemd\'s own docs: shows a multi-valued field as an array (_UDEV_DEVLINK), a binary field as a byte array (BINARY) and a too-large field as null (LARGE). No _HOSTNAME or __CURSOR in this example, so instance null. Not an nginx line.',
  },
  {
    format: 'journald-json',
    source:
      'https://github.com/openfaas/faasd/blob/0ad321c52fcaedfc829e45ba11b4e1f33415c2a4/pkg/logs/requestor_test.go',
    text: '{ "__CURSOR" : "s=71c4550142d14ace8e2959e3540cc15c;i=133c;b=44864010f0d94baba7b6bf8019f82a56;m=2945cd3;t=5a00d4eb59180;x=8ed47f7f9b3d798", "__REALTIME_TIMESTAMP" : "1583353899094400", "__MONOTONIC_TIMESTAMP" : "43277523", "_BOOT_ID" : "44864010f0d94baba7b6bf8019f82a56", "SYSLOG_IDENTIFIER" : "openfaas-fn:nodeinfo", "_PID" : "2254", "MESSAGE" : "2020/03/04 20:31:39 POST / - 200 OK - ContentLength: 83", "_SOURCE_REALTIME_TIMESTAMP" : "1583353899094372" }',
    lines: ['2020/03/04 20:31:39 POST / - 200 OK - ContentLength: 83'],
    instances: [null],
    note: 'One record of `journalctl --output=json` (old spacing style `"KEY" : "value"`, one object per line) used as rawEntry in faasd\'s test; faasd runs journalctl with --output-fields=SYSLOG_IDENTIFIER,MESSAGE,_PID,_SOURCE_REALTIME_TIMESTAMP so there is no _HOSTNAME (instance null; SYSLOG_IDENTIFIER is openfaas-fn:nodeinfo). The MESSAGE is a Go log line, not nginx.',
  },
  {
    format: 'journald-export',
    source:
      'https://github.com/systemd/systemd/blob/004e3ed11aea1bd8644711055a97abf072a509cb/docs/JOURNAL_EXPORT_FORMATS.md',
    text: "__CURSOR=s=739ad463348b4ceca5a9e69c95a3c93f;i=4ece7;b=6c7c6013a26343b29e964691ff25d04c;m=4fc72436e;t=4c508a72423d9;x=d3e5610681098c10;p=system.journal\n__REALTIME_TIMESTAMP=1342540861416409\n__MONOTONIC_TIMESTAMP=21415215982\n_BOOT_ID=6c7c6013a26343b29e964691ff25d04c\n_TRANSPORT=syslog\nPRIORITY=4\nSYSLOG_FACILITY=3\nSYSLOG_IDENTIFIER=gdm-password]\nSYSLOG_PID=587\nMESSAGE=AccountsService-DEBUG(+): ActUserManager: ignoring unspecified session '8' since it's not graphical: Success\n_PID=587\n_UID=0\n_GID=500\n_COMM=gdm-session-wor\n_EXE=/usr/libexec/gdm-session-worker\n_CMDLINE=gdm-session-worker [pam/gdm-password]\n_AUDIT_SESSION=2\n_AUDIT_LOGINUID=500\n_SYSTEMD_CGROUP=/user/lennart/2\n_SYSTEMD_SESSION=2\n_SELINUX_CONTEXT=system_u:system_r:xdm_t:s0-s0:c0.c1023\n_SOURCE_REALTIME_TIMESTAMP=1342540861413961\n_MACHINE_ID=a91663387a90b89f185d4e860000001a\n_HOSTNAME=epsilon\n\n__CURSOR=s=739ad463348b4ceca5a9e69c95a3c93f;i=4ece8;b=6c7c6013a26343b29e964691ff25d04c;m=4fc72572f;t=4c508a7243799;x=68597058a89b7246;p=system.journal\n__REALTIME_TIMESTAMP=1342540861421465\n__MONOTONIC_TIMESTAMP=21415221039\n_BOOT_ID=6c7c6013a26343b29e964691ff25d04c\n_TRANSPORT=syslog\nPRIORITY=6\nSYSLOG_FACILITY=9\nSYSLOG_IDENTIFIER=/USR/SBIN/CROND\nSYSLOG_PID=8278\nMESSAGE=(root) CMD (run-parts /etc/cron.hourly)\n_PID=8278\n_UID=0\n_GID=0\n_COMM=run-parts\n_EXE=/usr/bin/bash\n_CMDLINE=/bin/bash /bin/run-parts /etc/cron.hourly\n_AUDIT_SESSION=8\n_AUDIT_LOGINUID=0\n_SYSTEMD_CGROUP=/user/root/8\n_SYSTEMD_SESSION=8\n_SELINUX_CONTEXT=system_u:system_r:crond_t:s0-s0:c0.c1023\n_SOURCE_REALTIME_TIMESTAMP=1342540861416351\n_MACHINE_ID=a91663387a90b89f185d4e860000001a\n_HOSTNAME=epsilon\n\n",
    lines: [
      "AccountsService-DEBUG(+): ActUserManager: ignoring unspecified session '8' since it's not graphical: Success",
      '(root) CMD (run-parts /etc/cron.hourly)',
    ],
    instances: ['epsilon', 'epsilon'],
    note: 'The "two serialized entries which consist only of text data" example of `journalctl -o export` from systemd\'s docs; each entry ends with a blank line (the text ends with the second entry\'s terminating "\\n\\n"). Not nginx lines.',
  },
  {
    format: 'journald-export',
    source: 'https://github.com/systemd/systemd/issues/16202',
    text: '__CURSOR=s=f5edef76263d4773a34aa394faa1badc;i=17623;b=c77cddb06b0340ee9ccfdc3db56bd4e7;m=2a80142358;t=5a8457dd99b34;x=289ac07c2d98ea45\n__REALTIME_TIMESTAMP=1592391301176116\n__MONOTONIC_TIMESTAMP=182537429848\n_BOOT_ID=c77cddb06b0340ee9ccfdc3db56bd4e7\n_UID=0\n_GID=0\n_CAP_EFFECTIVE=3fffffffff\n_SELINUX_CONTEXT\n\nunconfined\n\n_MACHINE_ID=1953ab44d65e401dabb882d9329b7095\n_HOSTNAME=nas\nPRIORITY=6\n_TRANSPORT=syslog\nSYSLOG_FACILITY=10\nSYSLOG_IDENTIFIER=CRON\n_COMM=cron\n_EXE=/usr/sbin/cron\n_CMDLINE=/usr/sbin/CRON -f\n_AUDIT_LOGINUID=0\n_SYSTEMD_CGROUP=/system.slice/cron.service\n_SYSTEMD_SLICE=system.slice\n_SYSTEMD_INVOCATION_ID=579acfdd843a48a9be6dc097f4071bd3\nMESSAGE=pam_unix(cron:session): session closed for user root\nSYSLOG_PID=350359\nSYSLOG_TIMESTAMP=Jun 17 12:55:01 \n_PID=350359\n_AUDIT_SESSION=527\n_SOURCE_REALTIME_TIMESTAMP=1592391301175759\n\n',
    lines: ['pam_unix(cron:session): session closed for user root'],
    instances: ['nas'],
    note: "Pasted output of `journalctl --no-pager -o export -n 1 -q` (systemd 245). One record, but _SELINUX_CONTEXT is a binary-serialized field (name, newline, 8-byte little-endian length, data, newline); in the paste the length bytes show as an empty line, so the record contains blank lines before its real end (the reason for the issue). A naive split on blank lines breaks this record; the text ends with the record's terminating blank line. Not an nginx line.",
  },
  {
    format: 'gelf',
    source:
      'https://github.com/fluent/fluent-bit-docs/blob/f92ae08080ee108c2d1a2969f9d7e3d3b4c35950/pipeline/outputs/gelf.md',
    text: '{"version":"1.1", "short_message":"This is an example.", "host": "<Your Node Name>", "_stream":"stderr", "timestamp":1565770310.000199}',
    lines: ['This is an example.'],
    instances: ['<Your Node Name>'],
    note: 'The one GELF message Fluent Bit\'s out_gelf docs show "the Graylog server input sees" (the doc wraps it in "..." lines, left out: a contiguous excerpt of one line). host is the docs\' placeholder "<Your Node Name>", kept as published. Not an nginx line.',
  },
  {
    format: 'stern-json',
    source:
      'https://github.com/stern/stern/blob/8a00e61f3f9fceb95188b4ca62558f133b1d7b28/cmd/cmd_test.go',
    text: '{"message":"json message","nodeName":"node1","namespace":"ns1","podName":"pod1","containerName":"container1","labels":{"app":"nginx","env":"prod"},"annotations":{"version":"1.23.4"}}',
    lines: ['json message'],
    instances: ['pod1'],
    note: 'stern\'s own test expectation for `--output json` (test case "output=json"); the text is the Go raw-string literal without its trailing newline. Newer stern adds labels and annotations to the object. Message is "json message", not nginx.',
  },
  {
    format: 'vector-json',
    source:
      'https://github.com/vectordotdev/vector/blob/c3445d42d2799eb9afe102b71cba7ae96a80942b/website/content/en/highlights/2020-05-04-shutdown-vector-if-all-sources-finish.md',
    text: '{"host":"tree","message":"awk, sed the Vic","source_type":"stdin","timestamp":"2020-05-04T20:43:59.522211979Z"}',
    lines: ['awk, sed the Vic'],
    instances: ['tree'],
    note: 'Console-sink JSON event printed by `echo "awk, sed the Vic" | vector --config test.toml --quiet` in Vector\'s 0.10 highlight post (stdin source: host, message, source_type, timestamp). The shell prompt line before it is left out. Not an nginx line.',
  },
  {
    format: 'vector-json',
    source:
      'https://github.com/vectordotdev/vector/blob/c3445d42d2799eb9afe102b71cba7ae96a80942b/website/content/en/guides/level-up/vector-tap-guide.md',
    text: '{"message":"test1","source_type":"demo_logs","timestamp":"2022-02-22T19:20:40.487671258Z"}\n{"message":"test2","source_type":"demo_logs","timestamp":"2022-02-22T19:20:41.486858019Z"}',
    lines: ['test1', 'test2'],
    instances: [null, null],
    note: "Two JSON-lines events from Vector's `vector tap` guide (demo_logs source, no host field, so instances null); a contiguous excerpt of the two event lines of that output block. Not nginx lines.",
  },
  {
    format: 'fluent-bit-json',
    source:
      'https://github.com/fluent/fluent-bit-docs/blob/f92ae08080ee108c2d1a2969f9d7e3d3b4c35950/administration/configuring-fluent-bit/classic-mode/record-accessor.md',
    text: '{"date":1599862267.483684,"log":"message 1","labels":{"color":"blue"}}\n{"date":1599862267.483692,"log":"message 4","labels":{"color":"blue"}}',
    lines: ['message 1', 'message 4'],
    instances: [null, null],
    note: 'Fluent Bit stdout output in json_lines format ({"date":…,"log":…}) from the record_accessor docs; contiguous excerpt: the two record lines after Fluent Bit\'s own startup log lines. No kubernetes/host keys, so instances null. Not nginx lines.',
  },
  {
    format: 'fluent-bit-stdout',
    source:
      'https://github.com/fluent/fluent-bit-docs/blob/f92ae08080ee108c2d1a2969f9d7e3d3b4c35950/pipeline/filters/multiline-stacktrace.md',
    text: '[0] tail.0: [1626736433.143567481, {"log"=>"single line..."}]\n[1] tail.0: [1626736433.143570538, {"log"=>"Dec 14 06:41:08 Exception in thread "main" java.lang.RuntimeException: Something has gone wrong, aborting!\n    at com.myproject.module.MyProject.badMethod(MyProject.java:22)\n    at com.myproject.module.MyProject.oneMoreMethod(MyProject.java:18)\n    at com.myproject.module.MyProject.anotherMethod(MyProject.java:14)\n    at com.myproject.module.MyProject.someMethod(MyProject.java:10)\n    at com.myproject.module.MyProject.main(MyProject.java:6)"}]\n[2] tail.0: [1626736433.143572538, {"log"=>"another line..."}]\n[3] tail.0: [1626736433.143572894, {"log"=>"panic: my panic\n\ngoroutine 4 [running]:\npanic(0x45cb40, 0x47ad70)\n  /usr/local/go/src/runtime/panic.go:542 +0x46c fp=0xc42003f7b8 sp=0xc42003f710 pc=0x422f7c\nmain.main.func1(0xc420024120)\n  foo.go:6 +0x39 fp=0xc42003f7d8 sp=0xc42003f7b8 pc=0x451339\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003f7e0 sp=0xc42003f7d8 pc=0x44b4d1\ncreated by main.main\n  foo.go:5 +0x58\n\ngoroutine 1 [chan receive]:\nruntime.gopark(0x4739b8, 0xc420024178, 0x46fcd7, 0xc, 0xc420028e17, 0x3)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc420053e30 sp=0xc420053e00 pc=0x42503c\nruntime.goparkunlock(0xc420024178, 0x46fcd7, 0xc, 0x1000f010040c217, 0x3)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc420053e70 sp=0xc420053e30 pc=0x42512e\nruntime.chanrecv(0xc420024120, 0x0, 0xc420053f01, 0x4512d8)\n  /usr/local/go/src/runtime/chan.go:506 +0x304 fp=0xc420053f20 sp=0xc420053e70 pc=0x4046b4\nruntime.chanrecv1(0xc420024120, 0x0)\n  /usr/local/go/src/runtime/chan.go:388 +0x2b fp=0xc420053f50 sp=0xc420053f20 pc=0x40439b\nmain.main()\n  foo.go:9 +0x6f fp=0xc420053f80 sp=0xc420053f50 pc=0x4512ef\nruntime.main()\n  /usr/local/go/src/runtime/proc.go:185 +0x20d fp=0xc420053fe0 sp=0xc420053f80 pc=0x424bad\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc420053fe8 sp=0xc420053fe0 pc=0x44b4d1\n\ngoroutine 2 [force gc (idle)]:\nruntime.gopark(0x4739b8, 0x4ad720, 0x47001e, 0xf, 0x14, 0x1)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc42003e768 sp=0xc42003e738 pc=0x42503c\nruntime.goparkunlock(0x4ad720, 0x47001e, 0xf, 0xc420000114, 0x1)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc42003e7a8 sp=0xc42003e768 pc=0x42512e\nruntime.forcegchelper()\n  /usr/local/go/src/runtime/proc.go:238 +0xcc fp=0xc42003e7e0 sp=0xc42003e7a8 pc=0x424e5c\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003e7e8 sp=0xc42003e7e0 pc=0x44b4d1\ncreated by runtime.init.4\n  /usr/local/go/src/runtime/proc.go:227 +0x35\n\ngoroutine 3 [GC sweep wait]:\nruntime.gopark(0x4739b8, 0x4ad7e0, 0x46fdd2, 0xd, 0x419914, 0x1)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc42003ef60 sp=0xc42003ef30 pc=0x42503c\nruntime.goparkunlock(0x4ad7e0, 0x46fdd2, 0xd, 0x14, 0x1)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc42003efa0 sp=0xc42003ef60 pc=0x42512e\nruntime.bgsweep(0xc42001e150)\n  /usr/local/go/src/runtime/mgcsweep.go:52 +0xa3 fp=0xc42003efd8 sp=0xc42003efa0 pc=0x419973\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003efe0 sp=0xc42003efd8 pc=0x44b4d1\ncreated by runtime.gcenable\n  /usr/local/go/src/runtime/mgc.go:216 +0x58"}]\n[4] tail.0: [1626736433.143585473, {"log"=>"one more line, no multiline"}]',
    lines: [
      'single line...',
      'Dec 14 06:41:08 Exception in thread "main" java.lang.RuntimeException: Something has gone wrong, aborting!\n    at com.myproject.module.MyProject.badMethod(MyProject.java:22)\n    at com.myproject.module.MyProject.oneMoreMethod(MyProject.java:18)\n    at com.myproject.module.MyProject.anotherMethod(MyProject.java:14)\n    at com.myproject.module.MyProject.someMethod(MyProject.java:10)\n    at com.myproject.module.MyProject.main(MyProject.java:6)',
      'another line...',
      'panic: my panic\n\ngoroutine 4 [running]:\npanic(0x45cb40, 0x47ad70)\n  /usr/local/go/src/runtime/panic.go:542 +0x46c fp=0xc42003f7b8 sp=0xc42003f710 pc=0x422f7c\nmain.main.func1(0xc420024120)\n  foo.go:6 +0x39 fp=0xc42003f7d8 sp=0xc42003f7b8 pc=0x451339\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003f7e0 sp=0xc42003f7d8 pc=0x44b4d1\ncreated by main.main\n  foo.go:5 +0x58\n\ngoroutine 1 [chan receive]:\nruntime.gopark(0x4739b8, 0xc420024178, 0x46fcd7, 0xc, 0xc420028e17, 0x3)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc420053e30 sp=0xc420053e00 pc=0x42503c\nruntime.goparkunlock(0xc420024178, 0x46fcd7, 0xc, 0x1000f010040c217, 0x3)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc420053e70 sp=0xc420053e30 pc=0x42512e\nruntime.chanrecv(0xc420024120, 0x0, 0xc420053f01, 0x4512d8)\n  /usr/local/go/src/runtime/chan.go:506 +0x304 fp=0xc420053f20 sp=0xc420053e70 pc=0x4046b4\nruntime.chanrecv1(0xc420024120, 0x0)\n  /usr/local/go/src/runtime/chan.go:388 +0x2b fp=0xc420053f50 sp=0xc420053f20 pc=0x40439b\nmain.main()\n  foo.go:9 +0x6f fp=0xc420053f80 sp=0xc420053f50 pc=0x4512ef\nruntime.main()\n  /usr/local/go/src/runtime/proc.go:185 +0x20d fp=0xc420053fe0 sp=0xc420053f80 pc=0x424bad\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc420053fe8 sp=0xc420053fe0 pc=0x44b4d1\n\ngoroutine 2 [force gc (idle)]:\nruntime.gopark(0x4739b8, 0x4ad720, 0x47001e, 0xf, 0x14, 0x1)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc42003e768 sp=0xc42003e738 pc=0x42503c\nruntime.goparkunlock(0x4ad720, 0x47001e, 0xf, 0xc420000114, 0x1)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc42003e7a8 sp=0xc42003e768 pc=0x42512e\nruntime.forcegchelper()\n  /usr/local/go/src/runtime/proc.go:238 +0xcc fp=0xc42003e7e0 sp=0xc42003e7a8 pc=0x424e5c\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003e7e8 sp=0xc42003e7e0 pc=0x44b4d1\ncreated by runtime.init.4\n  /usr/local/go/src/runtime/proc.go:227 +0x35\n\ngoroutine 3 [GC sweep wait]:\nruntime.gopark(0x4739b8, 0x4ad7e0, 0x46fdd2, 0xd, 0x419914, 0x1)\n  /usr/local/go/src/runtime/proc.go:280 +0x12c fp=0xc42003ef60 sp=0xc42003ef30 pc=0x42503c\nruntime.goparkunlock(0x4ad7e0, 0x46fdd2, 0xd, 0x14, 0x1)\n  /usr/local/go/src/runtime/proc.go:286 +0x5e fp=0xc42003efa0 sp=0xc42003ef60 pc=0x42512e\nruntime.bgsweep(0xc42001e150)\n  /usr/local/go/src/runtime/mgcsweep.go:52 +0xa3 fp=0xc42003efd8 sp=0xc42003efa0 pc=0x419973\nruntime.goexit()\n  /usr/local/go/src/runtime/asm_amd64.s:2337 +0x1 fp=0xc42003efe0 sp=0xc42003efd8 pc=0x44b4d1\ncreated by runtime.gcenable\n  /usr/local/go/src/runtime/mgc.go:216 +0x58',
      'one more line, no multiline',
    ],
    instances: [null, null, null, null, null],
    note: 'Fluent Bit default stdout output (`[N] tag: [epoch.ns, {"log"=>"…"}]`) after the multiline filter, from the multiline-stacktrace docs (the whole output block). Values are printed raw: record [1] has unescaped quotes ("main") and records [1] and [3] run over many physical lines (Java stack trace, Go panic with blank lines). No kubernetes/host keys, so instances null. Not nginx lines.',
  },
  {
    format: 'fluent-bit-stdout',
    source:
      'https://github.com/fluent/fluent-bit-docs/blob/f92ae08080ee108c2d1a2969f9d7e3d3b4c35950/pipeline/outputs/gelf.md',
    text: '[0] kube.log: [1565770310.000198491, {"log"=>{"data"=>"This is an example."}, "stream"=>"stderr", "time"=>"2019-07-21T12:45:11.273315023Z"}]',
    lines: ['This is an example.'],
    instances: [null],
    note: 'One stdout record from Fluent Bit\'s out_gelf docs after the docker parser decoded the log (the doc wraps it in "..." lines, left out). Here "log" is a nested map {"data"=>"This is an example."}, not a string: the line given is log.data. Not an nginx line.',
  },
  {
    format: 'double-escaped',
    source:
      'https://github.com/aws/copilot-cli/blob/2dcf4ddce6edae6a2c20c3a9ba4fb703406827da/internal/pkg/logging/service_test.go',
    text: '"{\\"logStreamName\\":\\"firelens_log_router/fcfe4ab8043841c08162318e5ad805f1\\",\\"ingestionTime\\":0,\\"message\\":\\"10.0.0.00 - - [01/Jan/1970 01:01:01] \\\\\\"GET / HTTP/1.1\\\\\\" 200 -\\",\\"timestamp\\":0}\\n{\\"logStreamName\\":\\"firelens_log_router/fcfe4ab8043841c08162318e5ad805f1\\",\\"ingestionTime\\":0,\\"message\\":\\"10.0.0.00 - - [01/Jan/1970 01:01:01] \\\\\\"FATA some error\\\\\\" - -\\",\\"timestamp\\":0}\\n{\\"logStreamName\\":\\"firelens_log_router/fcfe4ab8043841c08162318e5ad805f1\\",\\"ingestionTime\\":0,\\"message\\":\\"10.0.0.00 - - [01/Jan/1970 01:01:01] \\\\\\"WARN some warning\\\\\\" - -\\",\\"timestamp\\":0}\\n"',
    lines: [
      '10.0.0.00 - - [01/Jan/1970 01:01:01] "GET / HTTP/1.1" 200 -',
      '10.0.0.00 - - [01/Jan/1970 01:01:01] "FATA some error" - -',
      '10.0.0.00 - - [01/Jan/1970 01:01:01] "WARN some warning" - -',
    ],
    instances: [
      'firelens_log_router/fcfe4ab8043841c08162318e5ad805f1',
      'firelens_log_router/fcfe4ab8043841c08162318e5ad805f1',
      'firelens_log_router/fcfe4ab8043841c08162318e5ad805f1',
    ],
    note: 'logEventsJSONString from copilot-cli\'s test: the expected `copilot svc logs --json` output (CloudWatch events as JSON lines: logStreamName, ingestionTime, message, timestamp), published as a double-quoted Go string, so every JSON line is escaped a second time (\\\\\\" around the request). The text is the literal including its outer quotes: JSON.parse(text) gives the JSON-lines document, parsing each line gives the events. lines have both layers removed. Access-style lines, not nginx error lines.',
  },
  {
    format: 'gcloud-json',
    source:
      'https://github.com/marekaf/blog.marekbartik.com/blob/2b0110d835945f66f0750ba4d58da319e8fc32e0/content/posts/2019-01-26_gcp-stackdriver-logging-export-to-bucket-and-extract-textpayload-from-json-with-cloud-functions/index.md',
    text: '{\n  "insertId": "9pxrl4ffvybrn",\n  "labels": {\n    "compute.googleapis.com/resource_name": "fluentd-gcp-v3.1.0–2bmxq",\n    "container.googleapis.com/namespace_name": "prod",\n    "container.googleapis.com/pod_name": "my-app-6b495f4d8b-9l2gb",\n    "container.googleapis.com/stream": "stdout"\n  },\n  "logName": "projects/my-project/logs/my-app",\n  "receiveTimestamp": "2019–01–26T00:00:02.198052458Z",\n  "resource": {\n    "labels": {\n      "cluster_name": "prod-cluster",\n      "container_name": "myapp",\n      "instance_id": "4164682295655914646",\n      "namespace_id": "prod",\n      "pod_id": "my-app-6b495f4d8b-9l2gb",\n      "project_id": "my-project",\n      "zone": "europe-west1-b"\n    },\n    "type": "container"\n  },\n  "severity": "INFO",\n  "textPayload": "2019–01–26 01:00:00.788 INFO [:] DispatcherServlet:102 — Request in 3155 ms: /my/endpoint/ : 1.2.3.4 : Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)\\n",\n  "timestamp": "2019-01-26T00:00:00Z"\n}',
    lines: [
      '2019–01–26 01:00:00.788 INFO [:] DispatcherServlet:102 — Request in 3155 ms: /my/endpoint/ : 1.2.3.4 : Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    ],
    instances: ['my-app-6b495f4d8b-9l2gb'],
    note: 'A Cloud Logging entry of a GKE container as exported to a bucket (the same LogEntry JSON `gcloud logging read --format=json` prints, one entry), from Marek Bartík\'s post "Stackdriver Logging - json log transformations using Cloud Functions" (2019). The typographic dashes in the dates are in the post. The pod is named in labels."container.googleapis.com/pod_name" and resource.labels.pod_id (an older GKE resource type, `container`). Not an nginx line.',
  },
  {
    format: 'grafana-json',
    source:
      'https://github.com/grafana/grafana/blob/8d49e13ab718a1fb0e8a0f7e626f4e54180c04ae/public/app/features/logs/utils.test.ts',
    text: '[{"line":"test entry","timestamp":"123456789","fields":{"foo":"bar","foo2":"bar2"}}]',
    lines: ['test entry'],
    instances: [null],
    note: "Grafana Explore's Download logs, JSON: JSON.stringify of logRowsToReadableJson(rows) (LogsMetaRow.tsx), whose expected value for one row is in Grafana's own test ('should format a df field row'); written compact, as the download writes it. line is the entry, timestamp the nanoseconds as a string, fields the row's labels and data-frame fields (foo, foo2: no host or pod). Not an nginx line.",
  },
]
