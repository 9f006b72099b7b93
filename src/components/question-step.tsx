import type { Ref } from 'react'
import { CopyButton } from './copy-button.tsx'
import { InlineCode } from './inline-code.tsx'

/** A read-only command that helps answer the question, filled as far as values are known. */
export interface QuestionCommand {
  text: string
  /** What to look for in its output. */
  expect?: string
}

export interface QuestionStepProps {
  /** The question, or what to do at an info step. */
  text: string
  commands: readonly QuestionCommand[]
  /** The choices; absent at an info step, which shows "Done, continue" instead. */
  answers?: readonly { value: string; label: string }[] | undefined
  /** The answer the log gives, marked among the choices. */
  logAnswer?: string | undefined
  onAnswer: (value: string) => void
  onContinue: () => void
  /** Receives the heading, so the page can move focus to a new question. */
  headingRef?: Ref<HTMLHeadingElement> | undefined
}

/** One question of the decision tree, with how to find its answer. */
export function QuestionStep(props: QuestionStepProps) {
  const { text, commands, answers, logAnswer, onAnswer, onContinue, headingRef } = props
  return (
    <div className="question-step">
      <h3 className="question-text" tabIndex={-1} ref={headingRef}>
        <InlineCode text={text} />
      </h3>
      {commands.length > 0 && <QuestionCommands commands={commands} />}
      {answers === undefined ? (
        <button type="button" className="question-answer" onClick={onContinue}>
          Done, continue
        </button>
      ) : (
        <ul className="question-answers" aria-label="Answers">
          {answers.map((a) => (
            <li key={a.value}>
              <button
                type="button"
                className={`question-answer${a.value === logAnswer ? ' from-log' : ''}`}
                onClick={() => onAnswer(a.value)}
              >
                {a.label}
                {a.value === logAnswer && <span className="question-log-mark">from your log</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function QuestionCommands({ commands }: { commands: readonly QuestionCommand[] }) {
  return (
    <div className="question-how">
      <p className="question-how-label">How to check</p>
      <ul>
        {commands.map((c) => (
          <li key={c.text}>
            <pre>
              <code>{c.text}</code>
            </pre>
            <CopyButton text={c.text} />
            {c.expect !== undefined && <p className="question-expect">Look for: {c.expect}</p>}
          </li>
        ))}
      </ul>
    </div>
  )
}
