import { Link, Outlet } from 'react-router'
import { PrivacyNote } from '../components/privacy-note.tsx'
import { paths } from './paths.ts'

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
      <main id="main" className="site-main">
        <Outlet />
      </main>
      <PrivacyNote />
    </>
  )
}
