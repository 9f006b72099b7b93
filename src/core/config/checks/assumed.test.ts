import { describe, expect, it } from 'vitest'
import { checkConfig } from '../check.ts'
import { CORPUS_CONFIGS } from '../corpus/configs.ts'
import { readConfigPaste } from '../dump.ts'

// https://github.com/elastic/kibana/issues/4998: an upstream with keepalive, no HTTP/1.1.
const kibana = CORPUS_CONFIGS.find((c) => c.title.startsWith('Kibana upstream'))!
const keepalive = (text: string) =>
  checkConfig(readConfigPaste(text)).find((f) => f.check === 'keepalive-without-http11')

describe('a check says what it assumed where the paste does not say', () => {
  it('no version in the paste: the defaults before 1.29.7, said so', () => {
    expect(keepalive(kibana.text)?.assumed).toMatch(/older than 1\.29\.7/)
  })

  it('the version shown (nginx -V, as the lab dump has it): nothing assumed', () => {
    const found = keepalive(`nginx version: nginx/1.22.1\n${kibana.text}`)
    expect(found).toBeDefined()
    expect(found?.assumed).toBeUndefined()
  })

  it('from 1.29.7 on, keep-alive is the default and the check does not fire', () => {
    expect(keepalive(`nginx version: nginx/1.29.7\n${kibana.text}`)).toBeUndefined()
  })
})
