#!/usr/bin/env bash
# Updates the vendored Web Chat browser bundle (npm package botframework-webchat, dist/webchat.js, self-contained) in
# src/IntegrationBot/wwwroot/lib/botframework-webchat/. The bundle is committed, as the ASP.NET Core templates commit
# their client libraries under wwwroot/lib: the build copies it into the output, so the page works offline from
# `dotnet run` and from a publish folder. Run this only to change the version, then commit the folder:
#   scripts/update-webchat.sh 4.18.1
# `npm pack` downloads just this one package tarball from the registry, never a node_modules tree.
set -euo pipefail

version="${1:-${WEBCHAT_VERSION:-4.18.1}}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
target_dir="$repo_root/src/IntegrationBot/wwwroot/lib/botframework-webchat"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "botframework-webchat@$version" >/dev/null)
tarball="$(find "$work" -maxdepth 1 -name 'botframework-webchat-*.tgz' -print -quit)"
if [[ -z "$tarball" ]]; then
  echo "npm pack did not produce a botframework-webchat tarball" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$work" package/package.json package/dist/webchat.js package/dist/webchat.js.LICENSE.txt
license="$(node -e 'process.stdout.write(require(process.argv[1]).license || "")' "$work/package/package.json")"
if [[ "$license" != "MIT" ]]; then
  echo "botframework-webchat@$version declares licence '$license', not MIT: check LICENSE before vendoring it" >&2
  exit 1
fi

mkdir -p "$target_dir"
# Write atomically so a half-written bundle is never served.
cp "$work/package/dist/webchat.js" "$target_dir/webchat.js.tmp"
mv "$target_dir/webchat.js.tmp" "$target_dir/webchat.js"
cp "$work/package/dist/webchat.js.LICENSE.txt" "$target_dir/THIRD-PARTY-NOTICES.txt"
echo "$version" > "$target_dir/VERSION"
echo "Web Chat $version -> $target_dir/webchat.js ($(wc -c < "$target_dir/webchat.js") bytes); review and commit the folder."
