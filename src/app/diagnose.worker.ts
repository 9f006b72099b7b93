import { diagnose } from './diagnose.ts'

// Reading a large paste takes seconds; doing it here keeps typing and scrolling smooth.
self.addEventListener('message', (event: MessageEvent<string>) => {
  self.postMessage(diagnose(event.data))
})
