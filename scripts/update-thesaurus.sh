#!/usr/bin/env bash
# Regenerates data/lexicon/thesaurus.txt (and its licence file) from Debian's openthesaurus-de-text package.
# Usage: bash scripts/update-thesaurus.sh [path/to/openthesaurus-de-text_*.deb]
# Without an argument the package is fetched with `apt-get download` (needs a Debian/Ubuntu apt source).
#
# Filter (why: the bot needs standard written German of administrations, and loading must stay fast):
#  - terms marked colloquial, vulgar, archaic, pejorative, ironic, jocular or figurative are dropped
#    (ugs., derb, vulg., veraltet, veraltend, abwertend, salopp, ironisch, scherzhaft, fig., Jargon, Slang, …);
#  - usage labels that do not change the meaning are removed from the term (fachspr., geh., österr., Hauptform …),
#    as are optional context words in parentheses ("(sich) beeilen" → "beeilen");
#  - fragments ("Deputat...") and phrases of more than three words are dropped;
#  - a synonym set keeps its line only when at least two terms survive.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/data/lexicon/thesaurus.txt"
licence="$repo/data/lexicon/thesaurus.LICENSE.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

deb="${1:-}"
if [[ -z "$deb" ]]; then
  (cd "$work" && apt-get download openthesaurus-de-text >/dev/null)
  deb="$(ls "$work"/openthesaurus-de-text_*.deb)"
fi
version="$(dpkg-deb -f "$deb" Version)"
dpkg-deb -x "$deb" "$work/x"
source_file="$work/x/usr/share/openthesaurus-de/thesaurus.txt"
[[ -f "$source_file" ]] || { echo "thesaurus.txt not found in $deb" >&2; exit 1; }

{
  echo "# German synonym sets (one set per line, terms separated by \";\"), filtered from OpenThesaurus."
  echo "# Source: Debian package openthesaurus-de-text $version ($(basename "$deb")), https://www.openthesaurus.de"
  echo "# Regenerate with scripts/update-thesaurus.sh; do not edit by hand. Licence: LGPL-2.1, see thesaurus.LICENSE.txt."
  grep '^#' "$source_file" | sed -n '1,4p'
  grep -v '^#' "$source_file" | LC_ALL=C.UTF-8 perl -CSD -Mutf8 -ne '
    chomp;
    my @kept;
    my %seen;
    for my $term (split /;/) {
      my $drop = 0;
      while ($term =~ /\(([^)]*)\)/g) {
        for my $label (split /\s*,\s*/, $1) {
          $drop = 1 if $label =~ /^(ugs\.|derb|vulg\.|veraltet|veraltend|abwertend|salopp|ironisch|scherzhaft|fig\.|Jargon|Slang|Gaunersprache|Kindersprache|Soldatensprache|Jugendsprache|Szenesprache|Neologismus|selten|beleidigend|übertreibend|verhüllend|Schimpfwort|derb|vulgär|Rotwelsch|historisch)$/;
        }
      }
      next if $drop;
      $term =~ s/\([^)]*\)//g;
      $term =~ s/\s+/ /g;
      $term =~ s/^\s+|\s+$//g;
      next if $term eq "" || $term =~ /\.\.\.|…/ || $term =~ /[()\[\]]/;
      my @words = split / /, $term;
      next if @words > 3;
      next if $seen{lc $term}++;
      push @kept, $term;
    }
    print join(";", @kept), "\n" if @kept >= 2;
  '
} > "$out.tmp"
mv "$out.tmp" "$out"

{
  echo "OpenThesaurus (https://www.openthesaurus.de), as packaged by Debian: openthesaurus-de-text $version."
  echo "data/lexicon/thesaurus.txt is a filtered extract of /usr/share/openthesaurus-de/thesaurus.txt of that package"
  echo "(see scripts/update-thesaurus.sh). It is distributed under the GNU Lesser General Public License 2.1 or later:"
  echo
  sed -n '1,18p' "$source_file" | sed 's/^# \{0,1\}//'
  echo
  echo "Debian copyright file of the package:"
  echo
  cat "$work/x/usr/share/doc/openthesaurus-de-text/copyright"
  echo
  echo "Full text of the GNU Lesser General Public License, version 2.1:"
  echo
  if [[ -f /usr/share/common-licenses/LGPL-2.1 ]]; then cat /usr/share/common-licenses/LGPL-2.1; else cat "$licence.lgpl" 2>/dev/null || echo "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt"; fi
} > "$licence.tmp"
mv "$licence.tmp" "$licence"

echo "thesaurus.txt: $(grep -vc '^#' "$out") synonym sets, $(wc -c < "$out") bytes (from openthesaurus-de-text $version)"
