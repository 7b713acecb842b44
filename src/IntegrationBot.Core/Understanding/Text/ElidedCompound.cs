using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// German leaves out the shared head of joined compounds and marks the gap with a hyphen: "Ausländer- und
/// Integrationsbeauftragte" means "Ausländerbeauftragte und Integrationsbeauftragte", "Kinder-, Jugend- und Familienhilfe"
/// also "Kinderhilfe" and "Jugendhilfe". This restores the words the text leaves out, so that a question about the
/// "Ausländerbeauftragte" meets the title whole.
/// </summary>
public static partial class ElidedCompound
{
    /// <summary>
    /// The compounds <paramref name="text"/> leaves out, folded ("auslanderbeauftragte"); empty when it leaves out none.
    /// </summary>
    /// <param name="split">Splits a folded compound into its parts, head last (empty when it is no compound).</param>
    public static IReadOnlyList<string> Restore(string text, Func<string, IReadOnlyList<string>> split)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(split);
        return [.. Elisions(text, split).Select(static e => e.Modifier + e.Head)];
    }

    /// <summary>
    /// The words before a hyphen whose compound <see cref="Restore"/> restores, folded ("auslander" of "Ausländer- und
    /// Integrationsbeauftragte"): a part of that compound, not a word of its own.
    /// </summary>
    public static IReadOnlyList<string> Modifiers(string text, Func<string, IReadOnlyList<string>> split)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(split);
        return [.. Elisions(text, split).Select(static e => e.Modifier)];
    }

    /// <summary>Each folded modifier before a hyphen with the head it leaves out, where the compound after it has one.</summary>
    private static IEnumerable<(string Modifier, string Head)> Elisions(string text, Func<string, IReadOnlyList<string>> split)
    {
        foreach (Match match in Chain().Matches(text))
        {
            var parts = split(WordFolder.Fold(match.Groups["last"].Value));
            if (parts.Count < 2)
            {
                continue;
            }

            foreach (Capture modifier in match.Groups["modifier"].Captures)
            {
                yield return (WordFolder.Fold(modifier.Value), parts[^1]);
            }
        }
    }

    // One or more "Word-" joined by a comma or a conjunction, then the compound that carries the shared head.
    [GeneratedRegex(@"(?:(?<modifier>\p{L}{3,})-\s*(?:,\s*|\s+(?:und|oder|bzw\.?|sowie|&)\s+))+(?<last>\p{L}{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex Chain();
}
