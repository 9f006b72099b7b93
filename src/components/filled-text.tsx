import { Fragment } from 'react'
import type { SlotValues } from '../core/fix/fill-template.ts'
import { templateParts } from './template-parts.ts'

// Shell, nginx, YAML and ini comments; nginx and JavaScript lines never start with these.
const COMMENT = /^\s*(#|;|\/\/)/

function Parts({ text, values }: { text: string; values: SlotValues }) {
  return templateParts(text, values).map((part, i) => {
    if (part.kind === 'text') return <Fragment key={i}>{part.text}</Fragment>
    if (part.value === null) {
      return (
        <span key={i} className="slot slot-missing" data-slot={part.name}>
          {`<${part.name}>`}
        </span>
      )
    }
    return (
      <span key={i} className="slot slot-filled" data-slot={part.name}>
        {part.value}
      </span>
    )
  })
}

/**
 * A command or snippet with its placeholders filled: values from the log or typed are
 * emphasised, missing ones are marked `<name>`, comment lines are muted. Reads exactly as
 * fillTemplate's text, so what is copied is what is shown.
 */
export function FilledCode({ text, values }: { text: string; values: SlotValues }) {
  return text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 && '\n'}
      {COMMENT.test(line) ? (
        <span className="code-comment">
          <Parts text={line} values={values} />
        </span>
      ) : (
        <Parts text={line} values={values} />
      )}
    </Fragment>
  ))
}

/** Prose with `backticked` code and placeholders filled the same way. */
export function FilledProse({ text, values }: { text: string; values: SlotValues }) {
  return text.split('`').map((piece, i) =>
    i % 2 === 1 ? (
      <code key={i}>
        <Parts text={piece} values={values} />
      </code>
    ) : (
      <Parts key={i} text={piece} values={values} />
    ),
  )
}
