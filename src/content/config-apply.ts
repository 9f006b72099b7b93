import type { InferredSetup } from '../core/fix/infer-setup.ts'
import type { Finding } from '../core/log/finding.ts'

/** Where nginx itself runs, as far as the log and the config show. */
export type NginxPlace = 'host' | 'compose' | 'kubernetes'

/**
 * nginx's own place: a Compose service when its own lines carry a Compose prefix, in a
 * container when the config asks Docker's DNS or is an envsubst template, in a pod when the
 * config names Kubernetes' DNS; otherwise the machine itself.
 */
export function nginxPlace(findings: readonly Finding[], fromConfig: InferredSetup): NginxPlace {
  const own = findings.some(
    (f) => f.sample.source === 'nginx-error' && f.sample.extra?.composeService !== undefined,
  )
  if (own) return 'compose'
  const clue = fromConfig.runtime?.clue
  if (clue === 'config-kube-dns') return 'kubernetes'
  if (clue === 'config-docker-dns' || clue === 'config-envsubst') return 'compose'
  return 'host'
}

/** How to put the edits in place and make nginx use them, for where nginx runs. */
export interface ApplySteps {
  /** One command that applies the whole diff to the files, or null when it cannot. */
  patch: string | null
  /** What to say before the reload when the diff cannot be applied by one command. */
  note: string | null
  /** Test the edited configuration, then reload without dropping connections. */
  reload: string
}

const RELOAD: Record<NginxPlace, string> = {
  host: 'sudo nginx -t && sudo systemctl reload nginx',
  compose:
    'docker compose exec {nginxService} nginx -t && docker compose exec {nginxService} nginx -s reload',
  kubernetes:
    'kubectl exec deploy/<nginx-deployment> -- nginx -t && kubectl rollout restart deploy/<nginx-deployment>',
}

const NOTE: Record<Exclude<NginxPlace, 'host'>, string> = {
  compose:
    'These files are inside the nginx container: make the change where they come from (the file mounted into it, or the image it is built from), then test and reload.',
  kubernetes:
    'These files come from a ConfigMap or the image: make the change there (kubectl edit configmap), then test and restart the pods.',
}

/**
 * The steps after the diff. On the machine itself, `patch` applies it in one go (`-d / -p1`
 * because the diff names absolute paths, `-b` keeps each file's old text as `.orig`); inside
 * a container the files come from elsewhere, and a paste without file names has no paths.
 */
export function applySteps(
  place: NginxPlace,
  diff: string,
  named: boolean,
  pool: { edited: boolean; distro?: string | undefined } = { edited: false },
): ApplySteps {
  // A pool's socket is made when PHP-FPM starts: its edit takes a restart, not nginx's reload.
  const fpm = pool.distro === 'rhel' ? 'php-fpm' : 'php{phpVersion}-fpm'
  const reload =
    pool.edited && place === 'host'
      ? `sudo systemctl restart ${fpm} && ${RELOAD.host}`
      : RELOAD[place]
  if (place !== 'host') return { patch: null, note: NOTE[place], reload }
  if (!named) {
    return {
      patch: null,
      note: 'Paste the output of sudo nginx -T to get each file’s name; until then, make these changes by hand.',
      reload,
    }
  }
  // The here-document ends at a line of its delimiter alone: pick one the diff has not.
  let end = 'EOF'
  while (diff.split('\n').some((line) => line.slice(1) === end || line === end)) end += '_'
  return { patch: `sudo patch -b -d / -p1 <<'${end}'\n${diff}${end}`, note: null, reload }
}
