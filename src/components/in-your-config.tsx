import type { FindingInConfig, SettingInForce } from '../core/config/in-your-config.ts'
import { where } from './config-mistake.tsx'
import { InlineCode } from './inline-code.tsx'
import '../styles/in-config.css'

/** A config mistake as a guide names it: its title and where it stands. */
export interface ConfigMistakeRef {
  check: string
  title: string
  file: string
  line: number
}

export interface InYourConfigProps {
  joined: FindingInConfig | undefined
  /** The config mistakes that explain this finding. */
  mistakes: readonly ConfigMistakeRef[]
}

function Setting({ s }: { s: SettingInForce }) {
  if (s.at !== undefined) {
    return (
      <li>
        <code>
          {s.name} {s.value}
        </code>{' '}
        at <code>{where(s.at.file, s.at.line)}</code>
      </li>
    )
  }
  return (
    <li>
      <code>{s.name}</code> is not set: nginx’s default, <code>{s.value}</code>
      {s.unknownVersion === undefined
        ? ''
        : ` (${s.unknownVersion}; paste nginx -V with the config to know which)`}
    </li>
  )
}

/** The lines as a file listing: each file's name once, then its line numbers and lines. */
function routeText(lines: FindingInConfig['lines']): string {
  const width = Math.max(...lines.map((l) => String(l.line).length))
  const out: string[] = []
  let file: string | null = null
  for (const l of lines) {
    if (l.file !== file && l.file !== '') out.push(l.file)
    file = l.file
    out.push(`${l.file === '' ? '' : '  '}${String(l.line).padStart(width)}  ${l.text}`)
  }
  return out.join('\n')
}

/** The lines of the person's config that route a finding's requests, and its settings there. */
export function InYourConfig({ joined, mistakes }: InYourConfigProps) {
  if (joined === undefined) return mistakes.length === 0 ? null : <Mistakes mistakes={mistakes} />
  const text = routeText(joined.lines)
  return (
    <div className="in-config" data-in-config={joined.by}>
      <p className="in-config-title">
        In your config
        {joined.by === 'only' && ' (its only *_pass line: the address in the log is not in it)'}
        {joined.by === 'server' && ' (the server the log names)'}
      </p>
      <pre>
        <code>{text}</code>
      </pre>
      {joined.settings.length > 0 && (
        <ul className="in-config-settings">
          {joined.settings.map((s) => (
            <Setting key={s.name} s={s} />
          ))}
        </ul>
      )}
      <Mistakes mistakes={mistakes} />
    </div>
  )
}

function Mistakes({ mistakes }: { mistakes: readonly ConfigMistakeRef[] }) {
  return (
    <>
      {mistakes.map((m) => (
        <p
          key={`${m.check}:${m.file}:${m.line}`}
          className="in-config-mistake"
          data-check-ref={m.check}
        >
          The mistake here: <InlineCode text={m.title} /> at <code>{where(m.file, m.line)}</code>.
          Its edit is under <a href="#config-heading">Your nginx config</a>.
        </p>
      ))}
    </>
  )
}
