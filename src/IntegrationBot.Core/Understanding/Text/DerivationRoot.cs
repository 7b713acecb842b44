namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// A coarse derivational root of a folded German word, so that a verb form meets its noun and a participle its base:
/// "begrüßt" ~ "Begrüßung", "zugewandert" ~ "Zuwanderung", "Flüchtlinge" ~ "Geflüchtete", "dezentral" ~ "dezentralen", and
/// the Latin verbs of administration German meet their nouns: "strukturiert" ~ "Struktur", "koordiniert" ~ "Koordination",
/// "Digitalisierung" ~ "digital", "rassistisch" ~ "Rassismus", and an adjective its noun: "berufliche" ~ "Beruf".
/// It strips one derivational or inflectional ending and a participle "ge" or infinitive "zu" after a separable prefix. Coarser
/// than the stemmer, so it is only a fallback for words the synopsis does not hold as typed, at a discount.
/// </summary>
public static class DerivationRoot
{
    private const int MinRoot = 5;

    private static readonly string[] Endings =
        ["isierungen", "isierung", "isierten", "isierte", "isieren", "isiert", "isationen", "isation", "stischen", "stische", "stisch", "smus", "lichen", "liche", "licher", "ierungen", "ierung", "ierten", "ierte", "ieren", "iert", "ationen", "ation", "ungen", "linge", "ling", "ung", "heit", "keit", "lich", "isch", "ende", "end", "ete", "ten", "te", "et", "en", "er", "e", "t", "n", "s"];

    private static readonly string[] SeparablePrefixes = ["zu", "an", "auf", "aus", "ein", "mit", "vor", "nach", "unter", "ab", "bei", "um", "weiter", "fort"];

    /// <summary>The root, or the word itself when it is too short to strip.</summary>
    public static string Of(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var word = folded;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinRoot && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                break;
            }
        }

        if (word.Length - 2 >= MinRoot && word.StartsWith("ge", StringComparison.Ordinal))
        {
            return word[2..];
        }

        foreach (var prefix in SeparablePrefixes)
        {
            if (word.Length - prefix.Length - 2 >= MinRoot - 1 && word.StartsWith(prefix, StringComparison.Ordinal)
                && word.AsSpan(prefix.Length).StartsWith("ge", StringComparison.Ordinal))
            {
                return string.Concat(prefix, word.AsSpan(prefix.Length + 2));
            }

            // The infinitive with "zu" puts it after the prefix too: "auszuwerten" ~ "Auswertung".
            if (prefix != "zu" && word.Length - prefix.Length - 2 >= MinRoot - 1 && word.StartsWith(prefix, StringComparison.Ordinal)
                && word.AsSpan(prefix.Length).StartsWith("zu", StringComparison.Ordinal))
            {
                return string.Concat(prefix, word.AsSpan(prefix.Length + 2));
            }
        }

        return word;
    }
}
