/* Webcare Inbox service worker: shows the pushes for advisors and supervisors on call. */
self.addEventListener('push', (event) => {
  let payload = { title: 'Webcare Inbox', body: '', url: '/', conversationId: '' };
  try {
    payload = { ...payload, ...event.data.json() };
  } catch {
    // A push without a readable payload still shows that something needs attention.
  }
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.conversationId || undefined,
      requireInteraction: true,
      data: { url: payload.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url.startsWith(self.registration.scope));
      if (open) {
        open.focus();
        return open.navigate(url);
      }
      return self.clients.openWindow(url);
    }),
  );
});
