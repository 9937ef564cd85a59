#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests (detente.server *BrowserTest), when missing.
# Needs root (CI and the development machines run as root); without apt-get or root it only says so, and the
# browser tests then skip themselves.
set -uo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: chromium/chromedriver missing and cannot apt-get install them; browser tests will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q && apt-get install -y -q chromium chromium-driver \
  || echo "install-browser: apt-get install chromium chromium-driver failed; browser tests will skip" >&2
exit 0
