import { SETUP_CHOICES } from '../core/fix/setup-choices.ts'
import type { SetupClue } from '../core/fix/infer-setup.ts'
import type { SetupAnswers, SetupQuestion, When } from '../core/fix/types.ts'

/** How one answer reads: in the form, and in the short name steps are labelled with. */
interface ChoiceText {
  label: string
  short: string
}

/** One answer of a setup question: its value and its wording. */
interface SetupChoice<Q extends SetupQuestion> extends ChoiceText {
  value: NonNullable<SetupAnswers[Q]>
}

/** One question of the "Your setup" form. */
export interface SetupQuestionText<Q extends SetupQuestion = SetupQuestion> {
  id: Q
  label: string
  /** What one answer is, for labels like "any backend but PHP-FPM". */
  noun: string
  choices: readonly SetupChoice<Q>[]
}

// The wording of every value core accepts, keyed by it: a value added to SETUP_CHOICES
// without its text here fails to compile. The order is core's.
type Texts = {
  [Q in SetupQuestion]: {
    label: string
    noun: string
    choices: Record<NonNullable<SetupAnswers[Q]>, ChoiceText>
  }
}

const TEXTS: Texts = {
  backend: {
    noun: 'backend',
    label: 'What runs the app',
    choices: {
      node: { label: 'Node.js', short: 'Node.js' },
      'php-fpm': { label: 'PHP-FPM', short: 'PHP-FPM' },
      python: { label: 'Python (gunicorn, uvicorn)', short: 'Python' },
      uwsgi: { label: 'uWSGI', short: 'uWSGI' },
      java: { label: 'Java', short: 'Java' },
      other: { label: 'Something else', short: 'other backends' },
    },
  },
  runtime: {
    noun: 'runtime',
    label: 'How it runs',
    choices: {
      systemd: { label: 'systemd service', short: 'systemd' },
      docker: { label: 'Docker / Compose', short: 'Docker' },
      kubernetes: { label: 'Kubernetes', short: 'Kubernetes' },
      pm2: { label: 'PM2', short: 'PM2' },
      supervisor: { label: 'supervisor', short: 'supervisor' },
      other: { label: 'Something else', short: 'other process managers' },
    },
  },
  location: {
    noun: 'location',
    label: 'Where it runs',
    choices: {
      'same-host': { label: 'On the nginx machine', short: 'the same machine' },
      'other-host': { label: 'On another machine', short: 'another machine' },
      container: { label: 'In a container', short: 'containers' },
    },
  },
  distro: {
    noun: 'system',
    label: 'Server system',
    choices: {
      debian: { label: 'Debian / Ubuntu', short: 'Debian/Ubuntu' },
      rhel: { label: 'RHEL / Rocky / Alma / Fedora', short: 'RHEL' },
      other: { label: 'Another Linux', short: 'other systems' },
    },
  },
  front: {
    noun: 'front',
    label: 'In front of nginx',
    choices: {
      nothing: { label: 'Nothing', short: 'nothing in front' },
      cloudflare: { label: 'Cloudflare', short: 'Cloudflare' },
      'cloud-lb': { label: 'A cloud load balancer', short: 'a cloud load balancer' },
    },
  },
}

function question<Q extends SetupQuestion>(id: Q): SetupQuestionText<Q> {
  const { label, noun, choices } = TEXTS[id]
  const values = SETUP_CHOICES[id] as readonly NonNullable<SetupAnswers[Q]>[]
  return { id, label, noun, choices: values.map((value) => ({ value, ...choices[value] })) }
}

/** The setup questions in the order the form asks them. */
export const SETUP_QUESTIONS: readonly SetupQuestionText[] = [
  question('backend'),
  question('runtime'),
  question('location'),
  question('distro'),
  question('front'),
]

/**
 * Names the setup a step is for, counting only the questions still unanswered:
 * `Docker or Kubernetes`, `Node.js · PM2`; null when every question it needs is answered.
 */
export function setupLabel(when: When | undefined, setup: SetupAnswers): string | null {
  if (when === undefined) return null
  const parts: string[] = []
  for (const question of SETUP_QUESTIONS) {
    const allowed = when[question.id] as readonly string[] | undefined
    if (allowed === undefined || setup[question.id] !== undefined) continue
    const choices = question.choices as readonly SetupChoice<SetupQuestion>[]
    const left = choices.filter((c) => !allowed.includes(c.value)).map((c) => c.short)
    const names = allowed.map((v) => choices.find((c) => c.value === v)?.short ?? v)
    // A long list reads better as what it leaves out.
    if (names.length >= 3 && left.length > 0 && left.length < names.length) {
      parts.push(`any ${question.noun} but ${left.join(' and ')}`)
    } else {
      parts.push(names.join(' or '))
    }
  }
  return parts.length === 0 ? null : parts.join(' · ')
}

/** Where each setup guess came from, said plainly; `{evidence}` is the text that showed it. */
export const CLUE_TEXT: Readonly<Record<SetupClue, string>> = {
  'fastcgi-upstream': 'nginx speaks FastCGI to `{evidence}`',
  'php-socket': 'the socket is `{evidence}`',
  'php-fpm-lines': 'the log has PHP-FPM lines (`{evidence}`)',
  'uwsgi-upstream': 'nginx speaks uwsgi to `{evidence}`',
  'uwsgi-lines': 'the log has uWSGI lines (`{evidence}`)',
  'gunicorn-lines': 'the log has gunicorn lines (`{evidence}`)',
  'node-lines': 'the log has Node.js lines (`{evidence}`)',
  'java-lines': 'the log has Java lines (`{evidence}`)',
  'compose-prefix': 'the lines start with a Docker Compose service (`{evidence}`)',
  'kubernetes-prefix': 'the lines come from kubectl or the ingress controller',
  'ingress-upstream': 'the upstream `{evidence}` is an ingress-nginx name',
  'docker-dns': 'nginx asks Docker’s DNS at `{evidence}`',
  'pm2-lines': 'the log has PM2 lines (`{evidence}`)',
  'journald-prefix': 'the lines come from journald',
  'systemd-lines': 'the log has systemd lines',
  'unix-socket': 'nginx connects to a local socket, `{evidence}`',
  'loopback-upstream': 'nginx connects to its own loopback, `{evidence}`',
  'container-address': '`{evidence}` is a container or pod address',
  'remote-address': 'nginx connects to `{evidence}`',
  'selinux-denial': 'the log has an SELinux denial',
  'config-fastcgi': 'your config has `{evidence}`',
  'config-php-socket': 'your config has `{evidence}`',
  'config-uwsgi': 'your config has `{evidence}`',
  'config-docker-dns': 'your config asks Docker’s DNS: `{evidence}`',
  'config-kube-dns': 'your config names Kubernetes’ DNS: `{evidence}`',
  'config-envsubst': 'your config is a Docker image template: `{evidence}`',
  'config-service-name': 'your config passes to a service name: `{evidence}`',
}

/** The wording of one answer of one question (`choiceText('location', 'container')`). */
export function choiceText(question: SetupQuestion, value: string): ChoiceText | undefined {
  const choices = TEXTS[question].choices as Record<string, ChoiceText | undefined>
  return choices[value]
}
