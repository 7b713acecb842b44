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
#  - words marked colloquial, slang, vulgar, archaic, dated, rare, poetic, humorous or regional (Austrian, Swiss,
#    Bavarian, North German …), or from fields far from municipal work (zoology, botany, chemistry, engineering, music,
#    military, seafaring …), are dropped, each word by its own tags; a plural sub-entry, which Ding leaves untagged,
#    takes the tags of its singular word by word ("Muttertier {n} [zool.]" | "Muttertiere {pl}");
#  - perl reads the script as UTF-8 (-Mutf8), so the pattern for German words matches ä, ö, ü and ß;
#  - an English word keeps at most 12 German words: first those that head their sub-entry where the English word heads
#    its own ("Werkstatt {f}; Werkstätte {f} :: workshop; shop"), then the rest, each in the dictionary's order.
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
  grep -v '^#' "$source_file" | LC_ALL=C.UTF-8 perl -CSD -Mutf8 -ne '
    BEGIN {
      our %far = map { $_ => 1 } qw(ugs. coll. slang vulg. derb pej. humor. poet. dated veraltet veraltend archaic obs. alt rare selten
        ornith. techn. chem. bot. zool. comp. electr. mil. constr. min. textil. mus. phys. agr. math. geol. biol. naut. mach.
        aviat. telco. biochem. pharm. print astron. meteo. anat. auto cook. tm prov. hist. lit. fig. übtr.
        Ös. Schw. Bayr. Norddt. Süddt. Mitteldt. Ostdt. Westdt. Mittelwestdt. Nordwestdt. Südwestdt. BW Tirol Südtirol
        Westös. Ostös. Lux. Sächs. Schwäb. Berl.);
      our (%map, @order);
    }
    # The items of one sub-entry ("Arzt {m}; Doktor {m} [ugs.]"), each with whether a tag marks it far.
    sub items {
      my ($side) = @_;
      my @items;
      for my $item (split /;/, $side) {
        my $far = 0;
        while ($item =~ /\[([^\]]*)\]/g) { $far = 1 if $main::far{$1}; }
        my $plural = $item =~ /\{pl\}/ ? 1 : 0;
        (my $word = $item) =~ s/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>//g;
        $word =~ s/^\s+|\s+$//g;
        push @items, [$word, $far, $plural];
      }
      return \@items;
    }
    chomp;
    my ($de, $en) = split /\s*::\s*/, $_, 2;
    next unless defined $en;
    # Annotations go before the split on ";": "{wrote; written}" holds one itself.
    my @d = map { my $s = $_; $s =~ s/\{([^};]*);[^}]*\}/{$1}/g; items($s) } split /\|/, $de;
    my @e = map { my $s = $_; $s =~ s/\{([^};]*);[^}]*\}/{$1}/g; items($s) } split /\|/, $en;
    next unless @d == @e;
    for my $i (0 .. $#d) {
      # A plural sub-entry repeats the singular one item by item and leaves its tags there ("Doktor {m} [ugs.]" |
      # "Doktoren {pl}"): each plural item is as far as its singular.
      if ($i > 0 && @{$d[$i]} == @{$d[$i - 1]} && !grep { !$_->[2] } @{$d[$i]}) {
        $d[$i][$_][1] ||= $d[$i - 1][$_][1] for 0 .. $#{$d[$i]};
        if (@{$e[$i]} == @{$e[$i - 1]}) { $e[$i][$_][1] ||= $e[$i - 1][$_][1] for 0 .. $#{$e[$i]}; }
      }
      # Object placeholders are no part of the word: "jdn. beraten" is "beraten", "to advise sb." is "advise".
      # Each word keeps its place in the sub-entry: the first word on either side heads it.
      my @g = grep { $_->[0] =~ /^[A-Za-zÄÖÜäöüß][a-zäöüß]{2,}$/ }
        map { my $t = $d[$i][$_][0]; $t =~ s/^(?:(?:jdn|jdm|jds|etw)\.(?:\/(?:jdn|jdm|jds|etw)\.)?\s+)+//; [$t, $_] } grep { !$d[$i][$_][1] } 0 .. $#{$d[$i]};
      next unless @g;
      for my $ew (map { my $t = $e[$i][$_][0]; $t =~ s/^to //; $t =~ s/(?:\s+(?:sb|sth)\.(?:\/(?:sb|sth)\.)?)+$//; [$t, $_] } grep { !$e[$i][$_][1] } 0 .. $#{$e[$i]}) {
        my ($w, $ei) = @$ew;
        next unless $w =~ /^[a-z][a-z]{2,}$/;
        push @order, $w unless exists $map{$w};
        my $list = $map{$w} //= [];
        for my $g (@g) {
          # Head to head first ("workshop" :: "Werkstatt"), then a head beside a synonym, then synonyms of both.
          my $rank = ($ei > 0) + ($g->[1] > 0);
          push @$list, [$g->[0], $rank, scalar @$list] unless grep { $_->[0] eq $g->[0] } @$list;
        }
      }
    }
    END {
      for my $w (@order) {
        my @best = (sort { $a->[1] <=> $b->[1] || $a->[2] <=> $b->[2] } @{$map{$w}})[0 .. 11];
        print "$w\t", join("; ", map { $_->[0] } grep { defined } @best), "\n";
      }
    }
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
