// The service worker of the H5P player's own host (H5P_PLAYER_ORIGIN),
// scope /h5p/: it answers the player's frames from what the keeper stored
// for a module taken offline (caches named h5p-module-<id>), and from the
// network otherwise. A frame's document is asked of the network first (a
// new release of the player shows at once), every file the store first
// (package files live under their content hash and never change). It keeps
// nothing by itself: what is stored is what the fellow chose to download.
"use strict";
self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function kept(request) {
  // The keeper writes this host's caches (docs/decisions/0039).
  return caches.match(request.url, { ignoreVary: true });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(function (error) {
      return kept(request).then(function (found) {
        if (found) return found;
        throw error;
      });
    }));
    return;
  }
  event.respondWith(kept(request).then(function (found) { return found || fetch(request); }));
});
