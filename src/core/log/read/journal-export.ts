const FIELD = /^([A-Z_][A-Z0-9_]{0,63})=(.*)$/

/**
 * One `KEY=value` line of `journalctl -o export`, or null. (A field whose value is not text is
 * written as its name alone, then its length in binary: such lines are not fields here, so the
 * record ends there and its lines are read as they are.)
 */
export function readJournalField(line: string): { key: string; value: string } | null {
  const m = FIELD.exec(line.endsWith('\r') ? line.slice(0, -1) : line)
  return m === null ? null : { key: m[1] ?? '', value: m[2] ?? '' }
}
