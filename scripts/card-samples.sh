#!/usr/bin/env bash
# Regenerates the cards' Designer sample data (cards/*.data.json) and the card screenshots (docs/cards/*.png) from the
# answer battery of the Core tests. Needs `npm ci` in tests/node and Chromium for the screenshots (--no-screenshots skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tests/IntegrationBot.Core.Tests -- card-samples
if [ "${1:-}" != "--no-screenshots" ]; then
  node tests/node/render-cards.js
fi
