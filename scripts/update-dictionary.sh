#!/usr/bin/env bash
# Regenerates data/lexicon/dictionary-en-de.txt (and its licence file) from Debian's trans-de-en package (the Ding
# German-English dictionary of TU Chemnitz).
# Usage: bash scripts/update-dictionary.sh [path/to/trans-de-en_*.deb]
# Without an argument the package is fetched with `apt-get download` (needs a Debian/Ubuntu apt source).
#
# Filter (why: the bot reads English questions of municipal staff, and loading must stay fast):
#  - only single English words (3+ letters) and single German words (3+ letters) of one aligned sub-entry; an English
#    verb's "to" and the object placeholders of both sides are dropped ("to advise sb." is "advise", "jdn. beraten"
#    is "beraten"), so verbs are found as typed;
#  - sub-entries marked colloquial, slang, vulgar, archaic, dated, rare, poetic or humorous, or from fields far from
#    municipal work (zoology, botany, chemistry, engineering, music, military, seafaring …), are dropped;
#  - an English word keeps at most 8 German words, in the dictionary's order.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/data/lexicon/dictionary-en-de.txt"
licence="$repo/data/lexicon/dictionary-en-de.LICENSE.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

deb="${1:-}"
if [[ -z "$deb" ]]; then
  (cd "$work" && apt-get download trans-de-en >/dev/null)
  deb="$(ls "$work"/trans-de-en_*.deb)"
fi
version="$(dpkg-deb -f "$deb" Version)"
dpkg-deb -x "$deb" "$work/x"
source_file="$work/x/usr/share/trans/de-en"
[[ -f "$source_file" ]] || { echo "de-en not found in $deb" >&2; exit 1; }

{
  echo "# English word <TAB> German words (\";\"), filtered from the Ding German-English dictionary."
  echo "# Source: Debian package trans-de-en $version ($(basename "$deb")), https://dict.tu-chemnitz.de"
  echo "# Regenerate with scripts/update-dictionary.sh; do not edit by hand. Licence: GPL-2.0 or later, see dictionary-en-de.LICENSE.txt."
  grep -v '^#' "$source_file" | LC_ALL=C.UTF-8 perl -CSD -ne '
    BEGIN {
      our %far = map { $_ => 1 } qw(ugs. coll. slang vulg. derb pej. humor. poet. dated veraltet veraltend archaic obs. alt rare selten
        ornith. techn. chem. bot. zool. comp. electr. mil. constr. min. textil. mus. phys. agr. math. geol. biol. naut. mach.
        aviat. telco. biochem. pharm. print astron. meteo. anat. auto cook. tm prov. hist. lit. fig.);
      our (%map, @order);
    }
    chomp;
    my ($de, $en) = split /\s*::\s*/, $_, 2;
    next unless defined $en;
    my @d = split /\|/, $de;
    my @e = split /\|/, $en;
    next unless @d == @e;
    for my $i (0 .. $#d) {
      my $far = 0;
      for my $side ($d[$i], $e[$i]) {
        while ($side =~ /\[([^\]]*)\]/g) { $far = 1 if $far{$1}; }
      }
      next if $far;
      # Annotations go before the split on ";": "{wrote; written}" holds one itself.
      (my $dside = $d[$i]) =~ s/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>//g;
      (my $eside = $e[$i]) =~ s/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>//g;
      # Object placeholders are no part of the word: "jdn. beraten" is "beraten", "to advise sb." is "advise".
      my @g = grep { /^[A-Za-zÄÖÜäöüß][a-zäöüß]{2,}$/ } map { my $t = $_; $t =~ s/^\s+|\s+$//g; $t =~ s/^(?:(?:jdn|jdm|jds|etw)\.(?:\/(?:jdn|jdm|jds|etw)\.)?\s+)+//; $t } split /;/, $dside;
      next unless @g;
      for my $w (map { my $t = $_; $t =~ s/^\s+|\s+$//g; $t =~ s/^to //; $t =~ s/(?:\s+(?:sb|sth)\.(?:\/(?:sb|sth)\.)?)+$//; $t } split /;/, $eside) {
        next unless $w =~ /^[a-z][a-z]{2,}$/;
        push @order, $w unless exists $map{$w};
        my $list = $map{$w} //= [];
        for my $g (@g) {
          push @$list, $g if @$list < 8 && !grep { $_ eq $g } @$list;
        }
      }
    }
    END { print "$_\t", join("; ", @{$map{$_}}), "\n" for @order; }
  '
} > "$out.tmp"
mv "$out.tmp" "$out"

{
  echo "The Ding German-English dictionary (https://dict.tu-chemnitz.de), as packaged by Debian: trans-de-en $version."
  echo "data/lexicon/dictionary-en-de.txt is a filtered extract of /usr/share/trans/de-en of that package"
  echo "(see scripts/update-dictionary.sh). It is distributed under the GNU General Public License 2 or later:"
  echo
  zcat -f "$work/x/usr/share/doc/trans-de-en/copyright"
} > "$licence"
echo "wrote $out ($(grep -vc '^#' "$out") English words) and $licence"
