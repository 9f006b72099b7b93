import type { SetupAnswers, SetupQuestion } from './types.ts'

/** Every value each setup question accepts (validates links and saved work). */
export const SETUP_CHOICES: {
  readonly [Q in SetupQuestion]-?: readonly NonNullable<SetupAnswers[Q]>[]
} = {
  backend: ['node', 'php-fpm', 'python', 'uwsgi', 'java', 'other'],
  runtime: ['systemd', 'docker', 'kubernetes', 'pm2', 'supervisor', 'other'],
  location: ['same-host', 'other-host', 'container'],
  distro: ['debian', 'rhel', 'other'],
  front: ['nothing', 'cloudflare', 'cloud-lb'],
}

/** Keeps only known questions with known values from untrusted input. */
export function restoreSetup(value: unknown): SetupAnswers {
  const setup: Record<string, string> = {}
  if (typeof value !== 'object' || value === null) return setup
  for (const [question, choices] of Object.entries(SETUP_CHOICES)) {
    const given = (value as Record<string, unknown>)[question]
    if (typeof given === 'string' && (choices as readonly string[]).includes(given)) {
      setup[question] = given
    }
  }
  return setup as SetupAnswers
}
