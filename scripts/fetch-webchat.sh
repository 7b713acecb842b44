#!/usr/bin/env bash
# Fetches the official Web Chat browser bundle (botframework-webchat dist/webchat.js, self-contained) into
# src/IntegrationBot/wwwroot/lib/ so the page works without internet. `npm pack` downloads only this one
# package tarball, never a node_modules tree. The target folder is git-ignored: the bundle is not committed.
set -euo pipefail

version="${WEBCHAT_VERSION:-4.18.1}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
target_dir="$repo_root/src/IntegrationBot/wwwroot/lib"
target="$target_dir/webchat.js"
stamp="$target_dir/webchat.version"

if [[ -s "$target" && -f "$stamp" && "$(cat "$stamp")" == "$version" && "${1:-}" != "--force" ]]; then
  echo "Web Chat $version already present: $target"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "botframework-webchat@$version" >/dev/null)
tarball="$(find "$work" -maxdepth 1 -name 'botframework-webchat-*.tgz' -print -quit)"
if [[ -z "$tarball" ]]; then
  echo "npm pack did not produce a botframework-webchat tarball" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$work" package/dist/webchat.js
mkdir -p "$target_dir"
# Write atomically so a half-written bundle is never served.
cp "$work/package/dist/webchat.js" "$target.tmp"
mv "$target.tmp" "$target"
echo "$version" > "$stamp"
echo "Web Chat $version -> $target ($(wc -c < "$target") bytes)"
