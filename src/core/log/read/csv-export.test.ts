import { describe, expect, it } from 'vitest'
import { csvHeader, csvRecord, splitCsv } from './csv-export.ts'
import { createRecordSplitter } from './records.ts'

describe('splitCsv', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"a,1","b ""2""",c', ['a,1', 'b "2"', 'c']],
    ['a,,', ['a', '', '']],
    ['"x\ny",z', ['x\ny', 'z']],
    ['"a", "b"', ['a', 'b']],
    ['"open, still', null],
  ] as const)('%j', (text, cells) => {
    expect(splitCsv(text)).toEqual(cells)
  })
})

describe('csvHeader', () => {
  it.each([
    ['"@timestamp",message,"host.name"', ['@timestamp', 'message', 'host.name']],
    ['\uFEFF"@timestamp","log.original"', ['@timestamp', 'log.original']],
    ['"\'@timestamp",message', ['@timestamp', 'message']],
    // Columns of Kibana's own export of its ecommerce sample (a few of them, from x-pack's
    // test/functional/apps/discover/__snapshots__/reporting.snap): no log line among them.
    ['"_id","_index","_score",category,"category.keyword",currency,email,type,user', null],
    ['message', null],
    ['2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed', null],
    ['time,level,message with space', null],
  ] as const)('%j', (line, names) => {
    expect(csvHeader(line)).toEqual(names)
  })
})

describe('csvRecord', () => {
  const columns = ['@timestamp', 'message', 'host.name']
  it('reads the line, the host and an ISO time', () => {
    expect(csvRecord(columns, '"2026-12-02 02:25:27.000","a ""b"" c",web-1')).toEqual({
      text: 'a "b" c',
      instance: 'web-1',
      time: '2026-12-02 02:25:27.000',
      platform: 'elasticsearch',
    })
  })
  it('drops the quote Kibana puts before a formula, and "-" for an empty value', () => {
    expect(csvRecord(columns, 'x,"\'=cmd",-')).toEqual({ text: '=cmd', platform: 'elasticsearch' })
  })
  it('a row of another width is not a row of this export', () => {
    expect(csvRecord(columns, 'a,b')).toBeUndefined()
    expect(
      csvRecord(columns, '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed'),
    ).toBeUndefined()
  })
  it('a row without a line is an empty record', () => {
    expect(csvRecord(columns, 'x,,web-1')).toBeNull()
  })
})

describe('a CSV export in the record splitter', () => {
  const read = (text: string) => {
    const splitter = createRecordSplitter()
    const out = text.split('\n').flatMap((line, i) => splitter.push(line, i + 1) ?? [])
    return [...out, ...splitter.end()]
  }
  it('a quoted cell that holds a newline makes one record of two lines', () => {
    const records = read('"@timestamp",message\nx,"first\nsecond"\ny,third')
    expect(records.map((r) => [r.line, r.rest, r.text])).toEqual([
      [1, 0, ''],
      [2, 1, 'first\nsecond'],
      [4, 0, 'third'],
    ])
  })
  it('a line that is no row of it ends the export; the lines after it are read as they are', () => {
    const records = read('"@timestamp",message\nx,one\nplain line\nx,two')
    expect(records.map((r) => r.text)).toEqual(['', 'one'])
  })
  it('a quote left open reads its lines as they are at the end', () => {
    const records = read('"@timestamp",message\nx,"cut\nshort')
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, ''],
      [2, 'x,"cut'],
      [3, 'short'],
    ])
  })
})
