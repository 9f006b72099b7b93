import type { SetupAnswers, SetupQuestion, When } from '../core/fix/types.ts'

/** One answer of a setup question: the form's wording and the short name steps are labelled with. */
interface SetupChoice<Q extends SetupQuestion> {
  value: NonNullable<SetupAnswers[Q]>
  label: string
  short: string
}

/** One question of the "Your setup" form. */
export interface SetupQuestionText<Q extends SetupQuestion = SetupQuestion> {
  id: Q
  label: string
  /** What one answer is, for labels like "any backend but PHP-FPM". */
  noun: string
  choices: readonly SetupChoice<Q>[]
}

type Questions = { [Q in SetupQuestion]: SetupQuestionText<Q> }

const QUESTIONS: Questions = {
  backend: {
    id: 'backend',
    noun: 'backend',
    label: 'What runs the app',
    choices: [
      { value: 'node', label: 'Node.js', short: 'Node.js' },
      { value: 'php-fpm', label: 'PHP-FPM', short: 'PHP-FPM' },
      { value: 'python', label: 'Python (gunicorn, uvicorn)', short: 'Python' },
      { value: 'uwsgi', label: 'uWSGI', short: 'uWSGI' },
      { value: 'java', label: 'Java', short: 'Java' },
      { value: 'other', label: 'Something else', short: 'other backends' },
    ],
  },
  runtime: {
    id: 'runtime',
    noun: 'runtime',
    label: 'How it runs',
    choices: [
      { value: 'systemd', label: 'systemd service', short: 'systemd' },
      { value: 'docker', label: 'Docker / Compose', short: 'Docker' },
      { value: 'kubernetes', label: 'Kubernetes', short: 'Kubernetes' },
      { value: 'pm2', label: 'PM2', short: 'PM2' },
      { value: 'supervisor', label: 'supervisor', short: 'supervisor' },
      { value: 'other', label: 'Something else', short: 'other process managers' },
    ],
  },
  location: {
    id: 'location',
    noun: 'location',
    label: 'Where it runs',
    choices: [
      { value: 'same-host', label: 'On the nginx machine', short: 'the same machine' },
      { value: 'other-host', label: 'On another machine', short: 'another machine' },
      { value: 'container', label: 'In a container', short: 'containers' },
    ],
  },
  distro: {
    id: 'distro',
    noun: 'system',
    label: 'Server system',
    choices: [
      { value: 'debian', label: 'Debian / Ubuntu', short: 'Debian/Ubuntu' },
      { value: 'rhel', label: 'RHEL / Rocky / Alma / Fedora', short: 'RHEL' },
      { value: 'other', label: 'Another Linux', short: 'other systems' },
    ],
  },
  front: {
    id: 'front',
    noun: 'front',
    label: 'In front of nginx',
    choices: [
      { value: 'nothing', label: 'Nothing', short: 'nothing in front' },
      { value: 'cloudflare', label: 'Cloudflare', short: 'Cloudflare' },
      { value: 'cloud-lb', label: 'A cloud load balancer', short: 'a cloud load balancer' },
    ],
  },
}

/** The setup questions in the order the form asks them. */
export const SETUP_QUESTIONS: readonly SetupQuestionText[] = [
  QUESTIONS.backend,
  QUESTIONS.runtime,
  QUESTIONS.location,
  QUESTIONS.distro,
  QUESTIONS.front,
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
