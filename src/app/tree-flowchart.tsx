import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { TreeOutline } from '../components/tree-outline.tsx'
import { TREE } from '../content/tree.ts'
import { pathToMermaid } from '../core/tree/path-mermaid.ts'
import { nodeId, toMermaid } from '../core/tree/to-mermaid.ts'
import type { NodeId } from '../core/tree/types.ts'
import { useDarkMode } from './flowchart-dark-mode.ts'
import type { FlowTarget, TreeView } from './tree-view.ts'

// Mermaid is large: the drawing and the library load only when the person opens it.
const Flowchart = lazy(() =>
  import('../components/flowchart.tsx').then((m) => ({ default: m.Flowchart })),
)

export interface TreeFlowchartProps {
  view: TreeView
  /** Clickable nodes by tree node id. */
  targets: ReadonlyMap<NodeId, FlowTarget>
  onSelect: (target: FlowTarget) => void
  /** More buttons for the same row as "Show the flowchart" (Back, Start over). */
  tools: ReactNode
}

/** "Show the flowchart" (drawn on demand) and its text version, both following the walk. */
export function TreeFlowchart({ view, targets, onSelect, tools }: TreeFlowchartProps) {
  const [open, setOpen] = useState(false)
  // The path and what lies beside it by default: it fits a phone's width; the whole tree
  // does not, so it opens at its drawn size, to be zoomed and panned.
  const [whole, setWhole] = useState(false)
  const id = useId()
  const dark = useDarkMode()
  const text = useMemo(
    () => (whole ? toMermaid(TREE, view) : pathToMermaid(TREE, view.path, view.current)),
    [view, whole],
  )
  const byMermaidId = useMemo(
    () => new Map([...targets].map(([node, target]) => [nodeId(node), target])),
    [targets],
  )
  const actions = useMemo(
    () => new Map([...byMermaidId].map(([mermaidId, target]) => [mermaidId, target.label])),
    [byMermaidId],
  )
  const failed = (
    <p className="note note-strong" role="alert">
      The flowchart could not be loaded. The text version has the same questions and answers.
    </p>
  )

  return (
    <div className="tree-maps">
      <div className="tree-tools">
        {tools}
        <button
          type="button"
          className="flowchart-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide the flowchart' : 'Show the flowchart'}
        </button>
      </div>
      <div id={id} hidden={!open}>
        {open && (
          <ErrorBoundary resetKey={text} fallback={failed}>
            <Suspense fallback={<p role="status">Loading the flowchart…</p>}>
              <p className="hint">
                {whole
                  ? 'The whole tree: your path is in blue, where you are in red. Scroll or drag to move around; zoom with the buttons, ctrl + wheel or a pinch.'
                  : 'Your path, top to bottom: blue, with where you are in red. Each box under a step lists where its other answers lead.'}{' '}
                Click a node of your path to go back to it, or a next step to take it.
              </p>
              <Flowchart
                opening={whole ? 'natural' : 'fit'}
                tools={
                  <button type="button" aria-pressed={whole} onClick={() => setWhole(!whole)}>
                    Whole tree
                  </button>
                }
                text={text}
                dark={dark}
                actions={actions}
                current={{
                  id: nodeId(view.current),
                  label: `You are here: ${TREE.nodes[view.current]?.short ?? view.current}`,
                }}
                onSelect={(mermaidId) => {
                  const target = byMermaidId.get(mermaidId)
                  if (target !== undefined) onSelect(target)
                }}
                label="Flowchart of the questions and causes"
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <details className="tree-text">
        <summary>Text version</summary>
        <TreeOutline tree={TREE} path={view.path} current={view.current} />
      </details>
    </div>
  )
}
