import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The zones of the architecture are only as real as the lint rules that enforce them. Each
// case lints a probe file at a path of the zone and says whether the import must be refused:
// one forbidden import per zone, and its allowed twin (a gixy-style false-positive check).
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const eslint = new ESLint({ cwd: ROOT })

const CASES: [path: string, code: string, refused: boolean][] = [
  ['src/core/log/probe.ts', "import { useState } from 'react'", true],
  ['src/core/log/probe.ts', "import { readFileSync } from 'node:fs'", true],
  ['src/core/probe.ts', "import mermaid from 'mermaid'", true],
  ['src/core/probe.ts', "import { create } from 'zustand'", true],
  ['src/core/probe.ts', "import { createBrowserRouter } from 'react-router'", true],
  ['src/core/probe.ts', "import { CAUSE_SUMMARIES } from '../content/causes.ts'", true],
  ['src/core/probe.ts', "import { CAUSE_IDS } from './causes.ts'", false],
  ['src/content/probe.ts', "import { create } from 'zustand'", true],
  ['src/content/probe.ts', "import { readFileSync } from 'node:fs'", true],
  ['src/content/probe.ts', "import { useLogStore } from '../store/log-store.ts'", true],
  ['src/content/probe.ts', "import { CAUSE_IDS } from '../core/causes.ts'", false],
  ['src/cli/probe.ts', "import { useState } from 'react'", true],
  ['src/cli/probe.ts', "import mermaid from 'mermaid'", true],
  ['src/cli/probe.ts', "import { useLogStore } from '../store/log-store.ts'", true],
  ['src/cli/probe.ts', "import { paths } from '../app/paths.ts'", true],
  ['src/cli/probe.ts', "import { readFileSync } from 'node:fs'", false],
  ['src/cli/probe.ts', "import { CAUSE_SUMMARIES } from '../content/causes.ts'", false],
  ['src/components/probe.tsx', "import mermaid from 'mermaid'", true],
  ['src/components/probe.tsx', "import { useLogStore } from '../store/log-store.ts'", true],
  ['src/components/probe.tsx', "import { useState } from 'react'", false],
  ['src/store/probe.ts', "import { paths } from '../app/paths.ts'", true],
  ['src/app/probe.tsx', "import mermaid from 'mermaid'", true],
  ['src/app/probe.tsx', "import { useState } from 'react'", false],
  ['src/lib/mermaid.ts', "import mermaid from 'mermaid'", false],
  ['src/core/log/probe.test.ts', "import { readFileSync } from 'node:fs'", false],
]

describe('import zones', () => {
  it.each(CASES)('%s: %s (refused: %s)', async (path, code, refused) => {
    const [result] = await eslint.lintText(
      `${code}\nexport const used = [${importedName(code)}]\n`,
      {
        filePath: `${ROOT}${path}`,
      },
    )
    const rules = (result?.messages ?? []).map((message) => message.ruleId)
    const zoneRules = rules.filter(
      (rule) => rule === 'no-restricted-imports' || rule === 'import-x/no-restricted-paths',
    )
    expect(zoneRules.length > 0, `${path}: ${rules.join(', ')}`).toBe(refused)
  })
})

/** The name the probe imports, used so no other rule complains about an unused import. */
function importedName(code: string): string {
  return /import \{? ?(\w+)/.exec(code)?.[1] ?? ''
}
