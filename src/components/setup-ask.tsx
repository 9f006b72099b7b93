import type { SetupQuestion } from '../core/fix/types.ts'
import { SETUP_QUESTIONS } from './setup-labels.ts'

export interface SetupAskProps {
  question: SetupQuestion
  onAnswer: (question: SetupQuestion, value: string) => void
}

/** The one setup question whose answer changes the first fix, as buttons in the finding. */
export function SetupAsk({ question, onAnswer }: SetupAskProps) {
  const text = SETUP_QUESTIONS.find((q) => q.id === question)
  if (text === undefined) return null
  return (
    <fieldset className="setup-ask">
      <legend>
        {text.label}? <span className="hint">Your answer puts the fix that fits first.</span>
      </legend>
      <div className="setup-ask-choices">
        {text.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className="choice-button"
            onClick={() => onAnswer(question, choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
