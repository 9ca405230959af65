#!/usr/bin/env bash
# Debian packages the platform needs beside Python and npm: msgfmt for the
# translation catalogues, fonts that cover the six UN scripts for certificate
# PDFs, and (for the browser tests) Chromium. Installs what is missing when it
# can (root with apt-get); otherwise says what to install.
set -euo pipefail

needed=()
command -v msgfmt >/dev/null 2>&1 || needed+=(gettext)
fc-list 2>/dev/null | grep -c "Noto Naskh Arabic\|Noto Sans Arabic" >/dev/null || needed+=(fonts-noto-core)
fc-list 2>/dev/null | grep -ci "Noto Sans CJK" >/dev/null || needed+=(fonts-noto-cjk)
if [ "${WITH_BROWSER:-1}" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  needed+=(chromium)
fi
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
else
  echo "Missing Debian packages: ${needed[*]} (install them with apt-get)." >&2
  command -v msgfmt >/dev/null 2>&1 || exit 1
fi
