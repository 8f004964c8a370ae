/**
 * Registers the service worker of a production build, so that the explorer keeps working
 * offline once opened, and reports when a newer version has been downloaded for next time.
 */
export function registerOfflineSupport(onUpdateReady: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        // The first install just makes the explorer available offline; a later one is an update.
        if (!installing || !navigator.serviceWorker.controller) return;
        installing.addEventListener('statechange', () => {
          if (installing.state === 'installed') onUpdateReady();
        });
      });
    })
    .catch(() => {
      // Without a service worker the explorer still works online; nothing to tell the reader.
    });
}
