import { useState } from 'react'
import { RecentList } from '../components/recent-list.tsx'
import { StartOver } from '../components/start-over.tsx'
import { useLogStore } from '../store/log-store.ts'
import { listRecent, removeRecent } from '../store/recent.ts'

/** Start over (asks first) and the earlier diagnoses kept in this browser. */
export function KeepSection() {
  const startOver = useLogStore((s) => s.startOver)
  const [entries, setEntries] = useState(listRecent)
  return (
    <div className="keep">
      <StartOver
        onConfirm={() => {
          history.replaceState(history.state, '', location.pathname)
          startOver()
        }}
      />
      <RecentList entries={entries} onRemove={(id) => setEntries(removeRecent(id))} />
    </div>
  )
}
