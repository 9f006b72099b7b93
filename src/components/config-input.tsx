import { useId, useState, type DragEvent } from 'react'
import { readDroppedConfig } from './dropped-config.ts'

export interface ConfigInputProps {
  value: string
  onChange: (text: string) => void
}

/** The optional second box: nginx's configuration, checked against the log. Paste or drop. */
export function ConfigInput({ value, onChange }: ConfigInputProps) {
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  const over = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files')) e.preventDefault()
  }
  // A dropped file would make the browser leave the page: it is read into the box instead,
  // after what is already there, so nothing typed is lost.
  const drop = (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return
    e.preventDefault()
    // The page opens files dropped elsewhere as logs: this one is the config's.
    e.stopPropagation()
    void readDroppedConfig([...e.dataTransfer.files]).then((read) => {
      setProblem(read.ok ? null : read.reason)
      if (read.ok)
        onChange(value.trim() === '' ? read.text : `${value.replace(/\n*$/, '')}\n${read.text}`)
    })
  }
  return (
    <div className="config-input" onDragOver={over} onDrop={drop}>
      <label htmlFor={id}>
        Your nginx config (<code>sudo nginx -T</code>), optional
      </label>
      <p className="hint" id={`${id}-hint`}>
        Paste or drop it (a PHP-FPM pool file too): each mistake at its file and line, with its
        edit. It stays in this browser.
      </p>
      {problem !== null && (
        <p className="note" role="alert">
          {problem}
        </p>
      )}
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={value}
        rows={value === '' ? 2 : 8}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        placeholder="# configuration file /etc/nginx/nginx.conf: …"
      />
    </div>
  )
}
