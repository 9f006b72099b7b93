import { useRouteError } from 'react-router'
import { LogInput } from '../../components/log-input.tsx'
import { useLogStore } from '../../store/log-store.ts'

/** Replaces a page that crashed; the user's text lives in the store, so it is still here. */
export function RouteError() {
  const error = useRouteError()
  const logText = useLogStore((s) => s.logText)
  const setLogText = useLogStore((s) => s.setLogText)
  const message = error instanceof Error ? error.message : String(error)
  return (
    <main className="site-main page-message">
      <title>Something went wrong · 502 Doctor</title>
      <h1>Something went wrong</h1>
      <p role="alert">
        The page hit an error: <code>{message}</code>. Your text is kept below; copy it before
        reloading.
      </p>
      <LogInput value={logText} onChange={setLogText} />
    </main>
  )
}
