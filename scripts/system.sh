#!/usr/bin/env bash
# What `make test` needs beyond Python: Debian's Chromium, CJK fonts (Korean glyphs in the
# browser tests' screenshots and layout checks) and npm (axe-core, Lighthouse). Quick when all
# are there; as root it installs what is missing with apt-get; as another user it stops at
# once, naming the one command that installs them. `make test` and .ci/run both run it.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "make test needs ${missing[*]}: run \`sudo apt-get install -y ${missing[*]}\`, then make test again." >&2
    exit 1
fi
echo "Installing ${missing[*]} (apt-get)..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
