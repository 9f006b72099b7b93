/** Every path the app serves. */
export const paths = {
  start: '/',
  /** The decision tree from its first question, for someone without a log. */
  wizard: '/wizard',
} as const
