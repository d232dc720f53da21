#!/usr/bin/env bash
# Installs the system packages the test suite needs, if missing: Debian's Chromium (the browser
# tests drive it; Playwright cannot download its own here) and docker-compose v1 (validates
# docker/compose.yaml offline; no Docker engine is needed).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ ${#need[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "ensure-system-deps: need root (or sudo) to apt-get install ${need[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "ensure-system-deps: no apt-get; install ${need[*]} yourself" >&2; exit 1; }

echo "ensure-system-deps: installing ${need[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
for pkg in "${need[@]}"; do
  if [ "$pkg" = chromium ]; then
    $SUDO apt-get install -y -qq chromium
  else
    $SUDO apt-get install -y -qq --no-install-recommends "$pkg"
  fi
done
