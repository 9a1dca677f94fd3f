#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, color.png and outline.png at its root)
# for sideloading: Teams -> Apps -> Manage your apps -> Upload an app.
#
#   usage: package.sh APP_ID OUTPUT_ZIP [BOT_HOST_NAME]
#
#   APP_ID         the bot's Microsoft App ID (a GUID): for UserAssignedMSI the identity's client id,
#                  for SingleTenant the app registration's client id. It replaces the all-zeros
#                  placeholder GUID in both "id" and "bots[0].botId".
#   OUTPUT_ZIP     where to write the package, e.g. out/recoverybot-teams.zip
#   BOT_HOST_NAME  optional, e.g. recoverybot-abc123.azurewebsites.net; replaces {{BOT_HOST_NAME}}
#                  in validDomains. Without it, validDomains is left empty.
#
# Needs bash, sed and zip (or python3 when zip is missing). The committed manifest.json is never modified.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 APP_ID OUTPUT_ZIP [BOT_HOST_NAME]" >&2
  exit 2
fi

app_id="$1"
output="$2"
host="${3:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
placeholder="00000000-0000-0000-0000-000000000000"

if [[ ! "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "error: APP_ID must be a GUID such as 1a2b3c4d-1234-5678-9abc-def012345678, got '$app_id'" >&2
  exit 2
fi
if [[ "$app_id" == "$placeholder" ]]; then
  echo "error: APP_ID is still the placeholder GUID; pass the bot's real Microsoft App ID" >&2
  exit 2
fi
if [[ -n "$host" && ! "$host" =~ ^[A-Za-z0-9.*-]+$ ]]; then
  echo "error: BOT_HOST_NAME must be a bare host name such as myapp.azurewebsites.net, got '$host'" >&2
  exit 2
fi

for f in manifest.json color.png outline.png; do
  [[ -f "$here/$f" ]] || { echo "error: $here/$f is missing" >&2; exit 1; }
done

if command -v zip >/dev/null; then
  zipper=zip
elif command -v python3 >/dev/null; then
  zipper=python3
else
  echo "error: neither 'zip' nor 'python3' is installed (apt-get install zip)" >&2
  exit 1
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

if [[ -n "$host" ]]; then
  sed -e "s/$placeholder/$app_id/g" -e "s/{{BOT_HOST_NAME}}/$host/g" "$here/manifest.json" > "$staging/manifest.json"
else
  # Drop the placeholder entry, leaving "validDomains": [ ] (still valid JSON).
  sed -e "s/$placeholder/$app_id/g" -e '/"{{BOT_HOST_NAME}}"/d' "$here/manifest.json" > "$staging/manifest.json"
fi
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
output_abs="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output_abs"
# Either way the three files are stored without any folder, at the root of the zip.
if [[ "$zipper" == zip ]]; then
  # -j: junk the paths; -X: no extra file attributes.
  zip -q -j -X "$output_abs" "$staging/manifest.json" "$staging/color.png" "$staging/outline.png"
else
  # python3 -m zipfile -c stores each file under its base name.
  python3 -m zipfile -c "$output_abs" "$staging/manifest.json" "$staging/color.png" "$staging/outline.png"
fi
[[ -s "$output_abs" ]] || { echo "error: $zipper did not write $output_abs" >&2; exit 1; }
echo "wrote $output_abs"
