#!/usr/bin/env bash
# Installs Azurite, pinned in this folder's package-lock.json, for the AzureBlob storage tests (idempotent).
# CI calls this before `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
