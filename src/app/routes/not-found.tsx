import { Link, useLocation } from 'react-router'
import { paths } from '../paths.ts'

export function NotFoundRoute() {
  const { pathname } = useLocation()
  return (
    <div className="page-message">
      <title>Page not found · 502 Doctor</title>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to={paths.start}>Go to the start page</Link> and paste your nginx error log there.
      </p>
    </div>
  )
}
