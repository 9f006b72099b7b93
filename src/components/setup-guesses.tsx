import type { InferredSetup } from '../core/fix/infer-setup.ts'
import type { SetupQuestion } from '../core/fix/types.ts'
import { InlineCode } from './inline-code.tsx'
import { choiceText, CLUE_TEXT, SETUP_QUESTIONS } from './setup-labels.ts'

export interface SetupGuessesProps {
  /** What the log gave away, each with its clue. */
  inferred: InferredSetup
  /** Questions whose guess the person set aside, or answered themselves. */
  setAside: readonly SetupQuestion[]
  /** "Not sure": the guess no longer orders the fixes. */
  onNotSure: (question: SetupQuestion) => void
}

const fromConfig = (clue: string): boolean => clue.startsWith('config-')

/** The setup read from the log, each guess with what it came from and a way back. */
export function SetupGuesses({ inferred, setAside, onNotSure }: SetupGuessesProps) {
  const shown = SETUP_QUESTIONS.filter(
    (q) => inferred[q.id] !== undefined && !setAside.includes(q.id),
  )
  if (shown.length === 0) return null
  return (
    <div className="setup-guesses">
      <p className="setup-guesses-title">
        Fixes ordered for what your{' '}
        {shown.some(({ id }) => fromConfig(inferred[id]!.clue))
          ? shown.every(({ id }) => fromConfig(inferred[id]!.clue))
            ? 'config shows'
            : 'log and config show'
          : 'log shows'}
        :
      </p>
      <ul>
        {shown.map(({ id }) => {
          const guess = inferred[id]!
          const reason = CLUE_TEXT[guess.clue].replace('{evidence}', guess.evidence)
          return (
            <li key={id}>
              <strong>{choiceText(id, guess.value)?.label ?? guess.value}</strong>, since{' '}
              <InlineCode text={reason} />{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Not sure it is ${choiceText(id, guess.value)?.label ?? guess.value}`}
                onClick={() => onNotSure(id)}
              >
                Not sure
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
