import { Link } from 'react-router'
import { useLogStore } from '../store/log-store.ts'
import { paths } from './paths.ts'

/** "I have no log": the questions from the start, one at a time. */
export function NoLogLink() {
  const restart = useLogStore((s) => s.restart)
  return (
    <p className="no-log">
      <Link to={paths.wizard} onClick={restart}>
        I have no log
      </Link>{' '}
      — find the cause one question at a time.
    </p>
  )
}
