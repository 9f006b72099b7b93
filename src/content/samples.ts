/// <reference types="vite/client" />
// Lets tests, compiled without Vite's client types, read `import.meta.glob` below.

/** A log captured from a real nginx in the lab, offered as "Try an example". */
export interface Sample {
  /** The file name under `lab/captured/` without `.log`. */
  id: string
  /** What the button says. */
  title: string
}

// Lazy, so the samples stay out of the start bundle until someone asks for one.
const LOADERS = import.meta.glob<string>('../../lab/captured/*.log', {
  query: '?raw',
  import: 'default',
})

const FEATURED: readonly Sample[] = [
  { id: 'refused', title: 'Connection refused' },
  { id: 'refused-ipv6', title: 'localhost went to IPv6' },
  { id: 'socket-missing', title: 'PHP-FPM socket missing' },
  { id: 'socket-permission', title: 'Socket permission denied' },
  { id: 'read-timeout', title: 'Backend too slow (504)' },
  { id: 'premature-close', title: 'Backend hung up' },
  { id: 'no-live-upstreams', title: 'No live upstreams' },
  { id: 'header-too-big', title: 'Header too big' },
  { id: 'client-abort', title: 'Look-alike: client gave up' },
]

function loaderFor(id: string): (() => Promise<string>) | undefined {
  return LOADERS[`../../lab/captured/${id}.log`]
}

/** The examples whose capture exists, in the order the page offers them. */
export const SAMPLES: readonly Sample[] = FEATURED.filter((s) => loaderFor(s.id) !== undefined)

/** Loads the text of one example. */
export async function loadSample(id: string): Promise<string> {
  const load = loaderFor(id)
  if (load === undefined) throw new Error(`no captured sample "${id}" in lab/captured/`)
  return load()
}
