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

/** How many entries a {@link BoundedCache} holds. */
export const CACHE_LIMIT = 4096

/**
 * The one kind of cache the engine keeps: per run, bounded, for values that are costly to read
 * again (a message's reading, an upstream's peer). Logs repeat a few values endlessly, but
 * some never repeat (a fleet's log names thousands of upstreams), and a cache that starts
 * over whenever it is full then costs more than it saves. So when full, it starts over only
 * if it has been earning its keep (at least as many hits as it holds since it last started
 * over); otherwise it keeps what it has and takes nothing new for a while, then tries again.
 */
export interface BoundedCache<K, V> {
  get(key: K): V | undefined
  /** Whether a new entry would be kept now; call before {@link set} to skip preparing it. */
  room(): boolean
  /** Keeps `value`; the caller detaches what it holds of the log (see {@link detach}). */
  set(key: K, value: V): void
}

/** Creates an empty {@link BoundedCache} of at most `limit` entries. */
export function createBoundedCache<K, V>(limit = CACHE_LIMIT): BoundedCache<K, V> {
  const entries = new Map<K, V>()
  let hits = 0
  let refused = 0
  return {
    get(key) {
      const value = entries.get(key)
      if (value !== undefined) hits += 1
      return value
    },
    room() {
      if (entries.size < limit) return true
      if (hits >= limit || refused >= limit * 16) {
        entries.clear()
        hits = 0
        refused = 0
        return true
      }
      refused += 1
      return false
    },
    set(key, value) {
      entries.set(key, value)
    },
  }
}
