// Builds the service worker: Workbox injects the precache list of the site
// shell (styles, scripts, icons) into static/js/sw-src.js, and the Workbox
// runtime is copied beside it from npm (never a CDN). Run by `make install`;
// the output under static/vendor/ is not committed.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { injectManifest } = require("workbox-build");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vendor = join(root, "static", "vendor");
const modules = [
  "workbox-core",
  "workbox-routing",
  "workbox-strategies",
  "workbox-precaching",
  "workbox-background-sync",
];

mkdirSync(join(vendor, "workbox"), { recursive: true });
// The source maps too: collectstatic's manifest storage follows the
// sourceMappingURL comment of each file and fails on a missing map.
for (const name of modules) {
  for (const file of [`${name}.prod.js`, `${name}.prod.js.map`]) {
    copyFileSync(
      join(root, "node_modules", name, "build", file),
      join(vendor, "workbox", file),
    );
  }
}

const { count, size, warnings } = await injectManifest({
  swSrc: join(root, "static", "js", "sw-src.js"),
  swDest: join(vendor, "offline", "sw.js"),
  globDirectory: join(root, "static"),
  globPatterns: ["css/*.css", "js/*.js", "icons/*", "favicon.svg"],
  globIgnores: ["vendor/**", "js/sw-src.js", "css/admin.css"],
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker built: ${count} files precached, ${size} bytes.`);
