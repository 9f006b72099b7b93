/** A config is a few kilobytes; a dump of hundreds of sites stays under a few megabytes. */
const MAX_BYTES = 10 * 1024 * 1024

/** Dropped files read as one paste, or why they could not be. */
export type DroppedConfig = { ok: true; text: string } | { ok: false; reason: string }

/**
 * Reads dropped config files as the box would hold them: one file as it is, several each
 * under nginx -T's `# configuration file NAME:` line (a name without its folder, so no
 * one-command patch is offered for them). Binary files and huge ones are refused, plainly.
 */
export async function readDroppedConfig(files: readonly File[]): Promise<DroppedConfig> {
  const big = files.find((f) => f.size > MAX_BYTES)
  if (big !== undefined) {
    const mb = (big.size / 1024 / 1024).toFixed(0)
    return {
      ok: false,
      reason: `${big.name} is ${mb} MB: too big for a config. Paste the output of sudo nginx -T instead.`,
    }
  }
  const texts: string[] = []
  for (const file of files) {
    const text = await file.text()
    if (text.slice(0, 4096).includes('\u0000')) {
      return {
        ok: false,
        reason: `${file.name} is not a text file: drop nginx.conf or a site file.`,
      }
    }
    texts.push(text)
  }
  if (texts.length === 1) return { ok: true, text: texts[0]! }
  const text = texts
    .map((t, i) => `# configuration file ${files[i]!.name}:\n${t.replace(/\n?$/, '\n')}`)
    .join('\n')
  return { ok: true, text }
}
