import type { ReactNode } from 'react'
import { InlineCode } from './inline-code.tsx'

/** Where a mistake stands, as a person reads it: `file:line`, or the line of a bare paste. */
export const where = (file: string, line: number): string =>
  file === '' ? `line ${line}` : `${file}:${line}`

export interface ConfigMistakeProps {
  check: string
  title: string
  file: string
  line: number
  directive: string
  confirmed: boolean
  /** What follows the place: whether the log shows it, what it would explain. */
  children?: ReactNode
}

/** One config mistake, marked `data-check` with its id (shared/contract/ui.md). */
export function ConfigMistake({
  check,
  title,
  file,
  line,
  directive,
  confirmed,
  children,
}: ConfigMistakeProps) {
  return (
    <article className={`config-mistake${confirmed ? ' confirmed' : ''}`} data-check={check}>
      <h3>
        <InlineCode text={title} />
      </h3>
      <p className="config-where">
        <code>{where(file, line)}</code> <code>{directive}</code>
      </p>
      {children}
    </article>
  )
}
