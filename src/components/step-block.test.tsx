import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SnippetStep } from '../core/fix/types.ts'
import { snippetPlace, StepBlock } from './step-block.tsx'

const snippet: SnippetStep = {
  kind: 'snippet',
  language: 'nginx',
  context: 'location',
  file: '{configPath}',
  text: '# The address from ss -tlnp\nproxy_pass http://{address};',
}

describe('StepBlock', () => {
  it('says where a snippet goes', () => {
    expect(snippetPlace(snippet)).toBe('In the `location` block of `{configPath}`')
    expect(snippetPlace({ ...snippet, context: 'file', file: 'compose.yaml' })).toBe(
      'In `compose.yaml`',
    )
  })

  it('emphasises filled values, marks missing ones and mutes comments', () => {
    const html = renderToStaticMarkup(
      <StepBlock step={snippet} values={{ address: '127.0.0.1:3000' }} forSetup="Docker" />,
    )
    expect(html).toContain(
      '<span class="slot slot-filled" data-slot="address">127.0.0.1:3000</span>',
    )
    expect(html).toContain(
      '<span class="slot slot-missing" data-slot="configPath">&lt;configPath&gt;</span>',
    )
    expect(html).toContain('<span class="code-comment"># The address from ss -tlnp</span>')
    expect(html).toContain('For Docker')
    expect(html).toContain('Copy')
  })
})
