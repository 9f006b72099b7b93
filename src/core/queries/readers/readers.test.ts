import { describe, expect, it } from 'vitest'
import { readLoggingQuery } from './cloud-logging-reader.ts'
import { unquoteGo } from './go-string.ts'
import { readInsights } from './insights-reader.ts'
import { readKql } from './kql-reader.ts'

// Each reader must accept the platform's own documented examples and reject a twin of each
// with its quoting (or brackets) broken: a reader that accepts everything proves nothing.

/** [valid example, broken twin]. */
type Case = readonly [string, string]

// https://www.elastic.co/guide/en/kibana/7.5/kuery-query.html,
// https://www.elastic.co/guide/en/kibana/current/search.html (KQL), and the escaping answer in
// https://github.com/elastic/kibana/issues/161377.
const KQL: readonly Case[] = [
  ['response:200', 'response:'],
  ['message:"Quick brown fox"', 'message:"Quick brown fox'],
  ['response:200 or extension:php', 'response:200 extension:php'],
  [
    'http.response.body.content.text:"quick brown fox"',
    'http.response.body.content.text:"quick \\"brown fox',
  ],
  ['http.response.status_code:400 401 404', 'http.response.status_code:(400 401 404'],
  ['account_number >= 100 and items_sold <= 200', 'account_number >= and items_sold <= 200'],
  ['machine.os:win*', 'machine.os:win*)'],
  ['http.request.method: *', 'http.request.method: "*'],
  ['http.request.method: GET', 'http.request.method: GET or '],
  [
    'span.name: Elasticsearch\\: POST /*/_search AND NOT Elasticsearch\\: POST /.*/_search',
    'span.name: Elasticsearch: POST /*/_search AND NOT Elasticsearch\\: POST /.*/_search',
  ],
]

// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html and
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-examples.html.
const INSIGHTS: readonly Case[] = [
  [
    'fields @timestamp, @message | sort @timestamp desc | limit 25',
    'fields @timestamp, @message | sort @timestamp desc | limit',
  ],
  [
    'filter @message like /Exception/\n| stats count(*) as exceptionCount by bin(1h)\n| sort exceptionCount desc',
    'filter @message like /Exception\n| stats count(*) as exceptionCount by bin(1h)\n| sort exceptionCount desc',
  ],
  [
    'fields @message | filter @message not like /Exception/',
    'fields @message | filter @message not like',
  ],
  [
    'fields f1, f2, f3 | filter f1 like "Exception"',
    'fields f1, f2, f3 | filter f1 like "Exception',
  ],
  [
    'fields f1, f2, f3 | filter f1 =~ /Exception/',
    'fields f1, f2, f3 | filter f1 =~ /Exception/ |',
  ],
  [
    'fields f1, f2, f3 | filter f1 like /(?i)Exception/',
    'fields f1, f2, f3 | filter f1 like /(?i)Exception\\/',
  ],
  ['fields f1 | filter statusCode like /2\\d\\d/', 'fields f1 | filter statusCode like 2\\d\\d/'],
  [
    'fields @timestamp, @message\n| filter (range>3000 and accountId=123456789012)\n| sort @timestamp desc\n| limit 20',
    'fields @timestamp, @message\n| filter (range>3000 and accountId=123456789012\n| sort @timestamp desc\n| limit 20',
  ],
  [
    'filter (eventName="StartInstances" or eventName="StopInstances") and region="us-east-2"',
    'filter (eventName="StartInstances" or eventName="StopInstances) and region="us-east-2"',
  ],
  [
    'filter eventName="UpdateTrail" and ispresent(errorCode)\n| stats count(*) by errorCode, errorMessage',
    'filter eventName="UpdateTrail" and ispresent(errorCode\n| stats count(*) by errorCode, errorMessage',
  ],
  [
    'filter @type = "REPORT"\n| stats max(@memorySize / 1024 / 1024) as provisonedMemoryMB,\n    min(@maxMemoryUsed / 1024 / 1024) as smallestMemoryRequestMB',
    'filter @type = "REPORT"\n| stats max(@memorySize / 1024 / 1024) as provisonedMemoryMB,',
  ],
  ['fields `foo-bar`, action, abs(f3-f4)', 'fields `foo-bar, action, abs(f3-f4)'],
  [
    'parse @message "user=*, method:*, latency := *" as @user, @method, @latency | stats avg(@latency) by @method, @user',
    'parse @message "user=*, method:*, latency := * as @user, @method, @latency | stats avg(@latency) by @method, @user',
  ],
  ['stats count(*) by queryType, bin(1h)', 'stat count(*) by queryType, bin(1h)'],
]

// https://cloud.google.com/logging/docs/view/logging-query-language and
// https://cloud.google.com/logging/docs/view/troubleshoot-lql (whose `abc:def` twin is its own).
const LOGGING: readonly Case[] = [
  ['resource.type = "k8s_cluster"', 'resource.type = "k8s_cluster'],
  [
    'resource.type = "k8s_cluster" AND severity = "ERROR"',
    'resource.type = "k8s_cluster" AND severity =',
  ],
  [
    'resource.type = ("k8s_cluster" OR "gce_instance")',
    'resource.type = ("k8s_cluster" OR "gce_instance"',
  ],
  [
    'resource.type = "k8s_cluster" AND (severity = "ERROR" OR "error")',
    'resource.type = "k8s_cluster" AND (severity = "ERROR" OR "error"))',
  ],
  [
    'resource.type = "gce_instance" AND\nseverity >= "ERROR" AND\nNOT textPayload:robot',
    'resource.type = "gce_instance" AND\nseverity >= "ERROR" AND\nNOT textPayload:',
  ],
  ['"a" OR NOT "b" AND NOT "c" OR "d"', '"a" OR NOT "b" AND NOT "c" OR "d\\"'],
  ['("a" OR (NOT "b")) AND ((NOT "c") OR "d")', '("a" OR (NOT "b")) AND ((NOT "c") OR "d"'],
  ['insertId = "abc:def"', 'insertId = abc:def'],
  [
    'jsonPayload.message="Stopped Unattended Upgrades Shutdown."',
    'jsonPayload.message="Stopped Unattended Upgrades Shutdown.',
  ],
  ['timestamp>="2020-06-17T21:00:00Z"', 'timestamp>=2020-06-17T21:00:00Z"'],
  [
    'protoPayload.status.details.conditionNotMet.userVisibleMessage =~ "Specified reservation.*"',
    'protoPayload.status.details.conditionNotMet.userVisibleMessage =~ "Specified reservation.*',
  ],
]

describe.each([
  ['KQL', KQL, readKql],
  ['Logs Insights', INSIGHTS, readInsights],
  ['Cloud Logging', LOGGING, readLoggingQuery],
] as const)('the %s reader', (_name, cases, read) => {
  it.each(cases)('accepts %j', (valid) => {
    expect(() => read(valid)).not.toThrow()
  })
  it.each(cases.map(([, broken]) => broken))('rejects %j', (broken) => {
    expect(() => read(broken)).toThrow()
  })
})

describe('the readers unescape what they read', () => {
  it('KQL: \\\\ and \\" inside quotes, a lone backslash kept', () => {
    expect(readKql('message:"a \\"b\\" c\\\\d \\(e"')).toEqual([
      { field: 'message', value: 'a "b" c\\d \\(e', quoted: true },
    ])
  })
  it('Cloud Logging: a backslash escapes the next character', () => {
    expect(readLoggingQuery('textPayload:"a \\"b\\" c\\\\d"')).toEqual([
      { field: 'textPayload', operator: ':', value: 'a "b" c\\d', quoted: true },
    ])
  })
  it('Logs Insights: strings and regexes, `\\/` inside a regex', () => {
    expect(readInsights('filter @message like "a\\"b" or @message like /x\\/y\\(/')).toEqual([
      { kind: 'string', value: 'a"b' },
      { kind: 'regex', value: 'x/y\\(' },
    ])
  })
})

// Go's own rules (https://go.dev/ref/spec#String_literals), which Loki's lexer applies.
describe('Go string literals (LogQL)', () => {
  it.each([
    ['"plain"', 'plain'],
    ['"a \\"b\\" \\\\ \\t"', 'a "b" \\ \t'],
    ['`raw \\( "x"`', 'raw \\( "x"'],
    ['"\\x41\\u00e9\\101"', 'Aé\u0041'],
  ])('reads %s', (literal, value) => {
    expect(unquoteGo(literal)).toBe(value)
  })
  it.each(['"a\\(b"', '"unterminated', '"a"b"', '`a`b`', "'single'", '"new\nline"'])(
    'rejects %s',
    (literal) => {
      expect(() => unquoteGo(literal)).toThrow()
    },
  )
})
