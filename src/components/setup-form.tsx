import { useId } from 'react'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import { SETUP_QUESTIONS, type SetupQuestionText } from './setup-labels.ts'

export interface SetupFormProps {
  /** The answers in effect: read from the log, overridden by the person's. */
  answers: SetupAnswers
  /** What the log gave away (marked "from your log"). */
  inferred: SetupAnswers
  /** Sets an answer; undefined goes back to the log's (or to "not sure"). */
  onChange: (question: SetupQuestion, value: string | undefined) => void
  /** The form's id, so notes can link to it. */
  id?: string | undefined
}

interface FieldProps extends SetupFormProps {
  question: SetupQuestionText
}

function SetupField({ question, answers, inferred, onChange }: FieldProps) {
  const id = useId()
  const fromLog = inferred[question.id]
  const value = answers[question.id]
  const marked = fromLog !== undefined && value === fromLog
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{question.label}</label>
        {marked && (
          <span className="from-log" id={`${id}-from`}>
            from your log
          </span>
        )}
      </span>
      <select
        id={id}
        aria-describedby={marked ? `${id}-from` : undefined}
        value={value ?? ''}
        onChange={(e) => {
          const next = e.target.value
          onChange(question.id, next === '' || next === fromLog ? undefined : next)
        }}
      >
        {fromLog === undefined && <option value="">Not sure</option>}
        {question.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The five setup questions; answers choose which variant of each step is shown. */
export function SetupForm(props: SetupFormProps) {
  return (
    <fieldset className="fit-form setup-form" id={props.id}>
      <legend>Your setup</legend>
      <p className="hint">Steps that do not fit your answers are hidden.</p>
      <div className="fields">
        {SETUP_QUESTIONS.map((question) => (
          <SetupField key={question.id} question={question} {...props} id={undefined} />
        ))}
      </div>
    </fieldset>
  )
}
