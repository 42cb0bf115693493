/* jitsi-meet-web test-bed stand-in: no offline caching. */
self.addEventListener('fetch', function () { /* pass through */ });
