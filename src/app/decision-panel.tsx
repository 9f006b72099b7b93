import { useEffect, useMemo, useRef, useState } from 'react'
import { FixAbove } from '../components/fix-above.tsx'
import { PathList } from '../components/path-list.tsx'
import { QuestionStep } from '../components/question-step.tsx'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import { TREE } from '../content/tree.ts'
import type { CauseId } from '../core/causes.ts'
import { fillTemplate, slotValuesFromFacts } from '../core/fix/fill-template.ts'
import type { Finding } from '../core/log/finding.ts'
import { inferAnswers } from '../core/tree/infer.ts'
import type { NodeId } from '../core/tree/types.ts'
import { walkTree, type Answers } from '../core/tree/walk.ts'
import { useLogStore } from '../store/log-store.ts'
import '../styles/wizard.css'
import { GuidePanel } from './guide-panel.tsx'
import { TreeFlowchart } from './tree-flowchart.tsx'
import { flowTargets, pathEntries, viewAt, type FlowTarget } from './tree-view.ts'

const NO_ANSWERS: Answers = {}

/** Opens a finding's fix in the diagnosis above and moves there, focus on its heading. */
function goToFinding(cause: CauseId): void {
  useLogStore.getState().choose(cause)
  // After the finding opened: the button is the one way to it for keyboard users.
  requestAnimationFrame(() => {
    const toggle = document.querySelector<HTMLElement>(`[data-cause="${cause}"] .finding-toggle`)
    toggle?.scrollIntoView({ block: 'start' })
    toggle?.focus()
  })
}

export interface DecisionPanelProps {
  /** The pasted log's findings, ranked; they answer the questions they can. */
  findings: readonly Finding[]
  heading: string
  /** The questions a pasted config answers (after the person's and the log's answers). */
  fromConfig?: Answers | undefined
}

/** The decision tree, one question at a time, with the path so far and the flowchart. */
export function DecisionPanel({ findings, heading, fromConfig = NO_ANSWERS }: DecisionPanelProps) {
  const answers = useLogStore((s) => s.answers)
  const passed = useLogStore((s) => s.passed)
  const canUndo = useLogStore((s) => s.answerOrder.length > 0)
  const slots = useLogStore((s) => s.slots)
  const { answer, pass, back, restart, goTo } = useLogStore.getState()
  // A question the log answers that the person went back to (the walk itself passes it).
  const [focus, setFocus] = useState<NodeId | null>(null)

  const causeKey = findings.map((f) => f.cause).join(' ')
  const inferred = useMemo(
    () => inferAnswers(TREE, causeKey === '' ? [] : (causeKey.split(' ') as CauseId[])),
    [causeKey],
  )
  const walk = useMemo(
    () => walkTree(TREE, answers, inferred, new Set(passed), fromConfig),
    [answers, inferred, passed, fromConfig],
  )
  const view = useMemo(() => viewAt(walk, focus), [walk, focus])
  const targets = useMemo(() => flowTargets(TREE, view), [view])
  const currentId = view.current
  const node = TREE.nodes[currentId]

  // Focus follows the person's own moves to the new step, never a paste into the log box.
  const heading3 = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const shown = useRef(currentId)
  useEffect(() => {
    const changed = shown.current !== currentId
    shown.current = currentId
    if (moved.current && changed) heading3.current?.focus()
    moved.current = false
  }, [currentId, answers, passed, focus])

  // `focusStep`: move focus to the new question (buttons below it); a click in the flowchart
  // keeps focus in the flowchart instead.
  const act = (move: () => void, focusStep = true): void => {
    moved.current = focusStep
    setFocus(null)
    move()
  }
  const goBackTo = (target: NodeId, focusStep = true): void => {
    act(
      () =>
        goTo(
          target,
          walk.path.map((s) => s.node),
        ),
      focusStep,
    )
    setFocus(target)
  }
  const select = ({ action }: FlowTarget): void => {
    if (action.kind === 'go-to') goBackTo(action.node, false)
    else if (action.kind === 'answer') act(() => answer(action.node, action.value), false)
    else act(() => pass(action.node), false)
  }
  const undoable = canUndo || focus !== null

  const entries = pathEntries(TREE, view.path)
  const first = findings[0]
  const values = { ...(first === undefined ? {} : slotValuesFromFacts(first.sample)), ...slots }
  const outcomeFinding =
    node?.kind === 'outcome' ? findings.find((f) => f.cause === node.cause) : undefined

  return (
    <section className="decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{heading}</h2>
      {entries.some((e) => e.fromLog || e.fromConfig) && (
        <p className="hint">
          Answers marked “from your log” or “from your config” come from what you pasted. Change any
          that is wrong.
        </p>
      )}
      <PathList entries={entries} onChange={goBackTo} />
      <TreeFlowchart
        view={view}
        targets={targets}
        onSelect={select}
        tools={
          <>
            <button
              type="button"
              onClick={() => act(focus === null ? back : () => undefined)}
              disabled={!undoable}
            >
              Back
            </button>
            <button type="button" onClick={() => act(restart)} disabled={!undoable}>
              Start over
            </button>
          </>
        }
      />
      {node?.kind === 'outcome' && (
        <div className="tree-outcome">
          <p className="tree-outcome-label">The cause</p>
          <h3 tabIndex={-1} ref={heading3}>
            {CAUSE_SUMMARIES[node.cause].title}
          </h3>
          {outcomeFinding === undefined ? (
            <GuidePanel cause={node.cause} />
          ) : (
            <FixAbove cause={node.cause} onGo={() => goToFinding(node.cause)} />
          )}
        </div>
      )}
      {node !== undefined && node.kind !== 'outcome' && (
        <QuestionStep
          key={node.id}
          text={node.text}
          commands={(node.how ?? []).map((c) => ({ ...c, text: fillTemplate(c.text, values) }))}
          answers={node.kind === 'question' ? node.answers : undefined}
          logAnswer={view.logAnswer}
          onAnswer={(value) => act(() => answer(node.id, value))}
          onContinue={() => act(() => pass(node.id))}
          headingRef={heading3}
        />
      )}
      {view.logAnswer !== undefined && (
        <button type="button" className="tree-keep" onClick={() => act(() => undefined)}>
          Keep the answer from your log
        </button>
      )}
    </section>
  )
}
