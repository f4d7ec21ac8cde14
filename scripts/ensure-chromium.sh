#!/usr/bin/env bash
# Browser tests need Debian's Chromium at /usr/bin/chromium; install it when we can, never skip.
set -u
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian package chromium (needed by the browser tests)…"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null && [ -x /usr/bin/chromium ] && exit 0
fi
echo "Browser tests need the Debian package 'chromium' (/usr/bin/chromium): run 'apt-get install -y chromium' as root." >&2
exit 1
