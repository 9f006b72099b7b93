import { Fragment } from 'react'

/** Renders `backticked` words of content text as code. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`')
  return parts.map((part, i) =>
    i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>,
  )
}
