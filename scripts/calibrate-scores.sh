#!/usr/bin/env bash
# Fits the decision rules' scores (data/lexicon/scores.tsv) on the labelled sets: the seed's development set and the
# sets of three other synopses (docs/understanding.md, "What the score means"). Run after changing a rule or a weight;
# RuleScoreCalibrationTests fails while the shipped file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
E=tests/IntegrationBot.Core.Tests/Eval
dotnet run --project src/IntegrationBot -c Release -- evaluate --calibrate data/lexicon/scores.tsv \
  "$E/dev-nlu.jsonl" "$E/seed-office.jsonl" \
  "$E/dev-large-nlu.jsonl@$E/synopsis-dev-large.tsv" \
  "$E/blind-a.jsonl@$E/synopsis-blind-a.tsv" \
  "$E/blind-b.jsonl@$E/synopsis-blind-b.tsv" \
  "$E/blind-e.jsonl@$E/synopsis-blind-e.tsv" \
  "$E/blind-f.jsonl@$E/synopsis-blind-f.tsv"
