#!/usr/bin/env bash
# Installs what the browser and Direct Line client tests need (idempotent): Debian's chromium, and the pinned node
# packages of this folder (npm ci, from the committed package-lock.json). CI calls this before `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  apt-get install -y chromium
fi

npm ci --no-audit --no-fund
