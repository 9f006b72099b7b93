import { describe, expect, it } from 'vitest'
import { SETUP_CHOICES } from '../core/fix/setup-choices.ts'
import { SETUP_QUESTIONS, setupLabel } from './setup-labels.ts'

describe('setupLabel', () => {
  it('names the setup a step is for, counting only unanswered questions', () => {
    expect(setupLabel({ runtime: ['docker'] }, {})).toBe('Docker')
    expect(setupLabel({ runtime: ['docker', 'kubernetes'] }, {})).toBe('Docker or Kubernetes')
    expect(setupLabel({ runtime: ['pm2'], backend: ['node'] }, {})).toBe('Node.js · PM2')
    expect(setupLabel({ runtime: ['pm2'], backend: ['node'] }, { backend: 'node' })).toBe('PM2')
    expect(setupLabel({ runtime: ['docker'] }, { runtime: 'docker' })).toBeNull()
    expect(setupLabel(undefined, {})).toBeNull()
  })

  it('says what a long list leaves out', () => {
    expect(setupLabel({ backend: ['node', 'python', 'uwsgi', 'java', 'other'] }, {})).toBe(
      'any backend but PHP-FPM',
    )
  })

  it('asks every setup question with exactly the answers core accepts, in its order', () => {
    expect(SETUP_QUESTIONS.map((q) => q.id).sort()).toEqual(Object.keys(SETUP_CHOICES).sort())
    for (const question of SETUP_QUESTIONS) {
      expect(question.choices.map((c) => c.value)).toEqual(SETUP_CHOICES[question.id])
      for (const choice of question.choices) expect(choice.label).not.toBe('')
    }
  })
})
