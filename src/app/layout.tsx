import { useSyncExternalStore } from 'react'
import { Link, Outlet } from 'react-router'
import { PrivacyNote } from '../components/privacy-note.tsx'
import { applyUpdate, isUpdateReady, onUpdateReady } from './offline.ts'
import { paths } from './paths.ts'

/** Says a new version is ready; it is applied only when the person reloads through it. */
function UpdateNotice() {
  const ready = useSyncExternalStore(onUpdateReady, isUpdateReady)
  if (!ready) return null
  return (
    <p className="note update-notice" role="status">
      A new version of 502 Doctor is ready.{' '}
      <button type="button" className="link-button" onClick={() => void applyUpdate()}>
        Reload to use it
      </button>{' '}
      (what you pasted stays).
    </p>
  )
}

/** The frame around every page. */
export function Layout() {
  return (
    <>
      <header className="site-header">
        <Link to={paths.start} className="brand">
          502 Doctor
        </Link>
        <span className="tagline">Your log stays in this browser</span>
      </header>
      <UpdateNotice />
      <main id="main" className="site-main">
        <Outlet />
      </main>
      <PrivacyNote />
    </>
  )
}
