/**
 * A copy of `text` that does not keep alive the string it was cut from. V8 represents a slice
 * of a long string as a view into it, so remembering one short piece of a line (in a cache or
 * a finding) would pin the whole megabyte chunk the line was read from. Prepending a character
 * forces a fresh string; slicing it off leaves a view into that small copy only. Meant for
 * values stored once and kept (cache entries, a finding's first servers), not for every line.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1)
}

/** How many entries a {@link cachedBy} cache holds before it starts over. */
export const CACHE_LIMIT = 4096

/**
 * The value `cache` holds for `key`, made by `make` on first use. The key is detached before
 * it is kept, since the cache outlives the chunk of the file a line was cut from, and the cache
 * starts over when full, so memory stays bounded on a log of any size.
 */
export function cachedBy<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  const known = cache.get(key)
  if (known !== undefined) return known
  if (cache.size >= CACHE_LIMIT) cache.clear()
  const kept = detach(key)
  const made = make(kept)
  cache.set(kept, made)
  return made
}
