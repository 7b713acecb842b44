using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// A place name made of a prefix and a capitalised name ("Bad Homburg", "St. Gallen", "Sankt Augustin", "Neu-Ulm").
/// The name part alone is often a different place or close to one ("Homburg" ~ "Hamburg", "Ulm"), so the pair is one
/// place: known from the gazetteer, or else reported as an unknown place under the name as written — never fuzzed
/// into another city.
/// </summary>
internal sealed record PrefixedPlaceName(int PrefixIndex, int NameIndex, string Name)
{
    /// <summary>Prefix (folded) → how it is written before the name.</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["bad"] = "Bad ",
        ["sankt"] = "Sankt ",
        ["st"] = "St. ",
        ["neu"] = "Neu-",
    };

    public static List<PrefixedPlaceName> Find(IReadOnlyList<Token> tokens, Func<Token, bool> isFunctionWord)
    {
        var found = new List<PrefixedPlaceName>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var prefix = tokens[i];
            var name = tokens[i + 1];
            if (!prefix.Capitalized || !Prefixes.TryGetValue(prefix.Folded, out var written)
                || !name.Capitalized || name.Folded.Length < 3 || !name.Folded.All(char.IsLetter) || isFunctionWord(name))
            {
                continue;
            }

            // "St." ends with a full stop; after any other prefix a sentence break means two separate words ("Neu: Stuttgart").
            if (name.FirstOfSentence && prefix.Folded != "st")
            {
                continue;
            }

            found.Add(new PrefixedPlaceName(i, i + 1, written + name.Surface));
            i++;
        }

        return found;
    }
}
