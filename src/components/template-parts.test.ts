import { describe, expect, it } from 'vitest'
import { CAUSE_GUIDES } from '../content/guides/index.ts'
import { fillTemplate, type SlotValues } from '../core/fix/fill-template.ts'
import { slotsIn } from '../core/fix/fill-template.ts'
import { partsText, templateParts } from './template-parts.ts'

function everyTemplate(): string[] {
  return Object.values(CAUSE_GUIDES).flatMap((g) => [
    ...g.explain,
    ...g.prevent,
    ...g.confirm.flatMap((s) => [s.text, s.expect ?? '']),
    ...g.fix.flatMap((o) => [
      o.why,
      o.tradeoff,
      ...o.steps.flatMap((s) => [s.text, s.kind === 'command' ? (s.expect ?? '') : (s.file ?? '')]),
    ]),
  ])
}

describe('templateParts', () => {
  it('marks filled and missing slots and leaves other braces alone', () => {
    const parts = templateParts("curl -w '%{http_code}' http://{address}{path}", {
      address: '127.0.0.1:3000',
    })
    expect(parts).toEqual([
      { kind: 'text', text: "curl -w '%{http_code}' http://" },
      { kind: 'slot', name: 'address', value: '127.0.0.1:3000' },
      { kind: 'slot', name: 'path', value: null },
    ])
  })

  it.each([
    ['nothing known', {}],
    ['log values', { address: '10.0.0.5:8080', port: '8080', socket: '/run/x.sock' }],
    ['typed values', { service: 'shop-api', configPath: '/etc/nginx/conf.d/shop.conf' }],
  ] as [string, SlotValues][])('reads as fillTemplate for every guide text (%s)', (_, values) => {
    for (const template of everyTemplate()) {
      expect(partsText(templateParts(template, values))).toBe(fillTemplate(template, values))
    }
  })

  it('lists the slots a template uses once each', () => {
    expect(slotsIn('systemctl restart {service} && journalctl -u {service} {port}')).toEqual([
      'service',
      'port',
    ])
  })
})
