import { readFileSync } from 'node:fs'

const CAPTURED = new URL('../lab/captured/', import.meta.url)

/** One entry of `lab/captured/manifest.json`. */
export interface ManifestEntry {
  id: string
  cause: string | null
  statuses: (number | null)[]
  nginxVersion: string
}

/** The text of a sample captured from a real nginx by `npm run lab:capture`. */
export function readSample(id: string): string {
  return readFileSync(new URL(`${id}.log`, CAPTURED), 'utf8')
}

/** What the lab says each sample shows. */
export function manifestEntry(id: string): ManifestEntry {
  const manifest = JSON.parse(
    readFileSync(new URL('manifest.json', CAPTURED), 'utf8'),
  ) as ManifestEntry[]
  const entry = manifest.find((e) => e.id === id)
  if (entry === undefined) throw new Error(`lab/captured/manifest.json has no sample "${id}"`)
  return entry
}

/** How many lines of a sample contain `needle`. */
export function countLines(text: string, needle: string): number {
  return text.split('\n').filter((line) => line.includes(needle)).length
}
