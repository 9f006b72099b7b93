/**
 * Registers the service worker that keeps the page working offline (scripts/service-worker.ts
 * writes it at build time; the dev server has none). `onUpdate` is told when a new version is
 * ready: it waits until the person reloads through `applyUpdate`, never mid-incident.
 */
const listeners = new Set<() => void>()
let updateReady = false

/** Whether a new version waits for a reload (for useSyncExternalStore). */
export const isUpdateReady = (): boolean => updateReady

/** Subscribes to the moment a new version is ready. */
export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function announce(): void {
  updateReady = true
  for (const listener of listeners) listener()
}

/** Registers the service worker; a new version, once installed, is announced, not applied. */
export function startOffline(): void {
  keepOffline(announce)
}

export function keepOffline(onUpdate: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(
      (registration) => {
        // A version already waiting from an earlier visit, or one arriving now.
        if (registration.waiting !== null && navigator.serviceWorker.controller !== null) onUpdate()
        registration.addEventListener('updatefound', () => {
          const next = registration.installing
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && navigator.serviceWorker.controller !== null)
              onUpdate()
          })
        })
      },
      () => undefined, // Without it the page works as before, online.
    )
  })
}

/** Takes the waiting version and reloads into it. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration()
  const waiting = registration?.waiting
  if (waiting == null) {
    location.reload()
    return
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  })
  waiting.postMessage('apply-update')
}
