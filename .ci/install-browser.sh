#!/usr/bin/env bash
# Install what the class-report browser test needs: Debian's chromium and Playwright (which drives
# it; Playwright's own browser download is never used). Safe to run again.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
python -m pip install -q playwright
