import { useId } from 'react'

export interface ConfigInputProps {
  value: string
  onChange: (text: string) => void
}

/** The optional second box: nginx's configuration, checked against the log. */
export function ConfigInput({ value, onChange }: ConfigInputProps) {
  const id = useId()
  return (
    <div className="config-input">
      <label htmlFor={id}>
        Your nginx config (<code>sudo nginx -T</code>), optional
      </label>
      <p className="hint" id={`${id}-hint`}>
        Its mistakes are shown at their file and line, with the edit that fixes them. It stays in
        this browser too.
      </p>
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
