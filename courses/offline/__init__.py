"""Learning offline: the installable app, module downloads, and writes taken once.

The service worker (built from `static/js/sw-src.js` by `scripts/build-sw.mjs`)
queues the writes a fellow makes offline and sends each, with its own id, to
the endpoint it would have reached online; `writes.takes_write_once` answers a
replayed id with the stored result. See docs/decisions/0022-learning-offline.md.
"""
