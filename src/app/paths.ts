/** Every path the app serves. */
export const paths = {
  start: '/',
} as const
