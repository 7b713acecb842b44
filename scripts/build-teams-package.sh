#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png at the zip root) with the real bot id.
#   scripts/build-teams-package.sh <BOT_ID> [OUTPUT_ZIP]
# BOT_ID is the Azure Bot's Microsoft App ID (a GUID). Default output: artifacts/IntegrationBot-teams-app.zip.
# Same as: dotnet run --project src/IntegrationBot -- teams package --bot-id <BOT_ID> --output <OUTPUT_ZIP>
# (or, in a publish folder: dotnet IntegrationBot.dll teams package --bot-id <BOT_ID>).
# The package version is bumped whenever the manifest or the command menu differs from the zip it replaces
# (keep the last package at OUTPUT_ZIP, or pass --previous <zip> to the dotnet command).
# The command menu is built from the configured synopsis (Synopsis:Path(s)); add --synopsis FILE to the dotnet command for another file.
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: $0 <BOT_ID> [OUTPUT_ZIP]" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
output="${2:-artifacts/IntegrationBot-teams-app.zip}"
exec dotnet run --project src/IntegrationBot -- teams package --bot-id "$1" --output "$(realpath -m "$output")"
