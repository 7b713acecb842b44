namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// German splits a separable verb in a main clause: the finite verb stands first or second, its particle last ("Wie bringt
/// Pforzheim Geflüchtete unter?" is "unterbringen", "Wie arbeitet die Stadt mit dem Jobcenter zusammen?" is
/// "zusammenarbeiten"). Joined again, the verb meets what the synopsis holds: the same verb in a cell, or its noun through
/// <see cref="DerivationRoot"/> ("unterbringt" ~ "Unterbringung"). Which word is the verb is not known without a parser, so both words that may be the finite verb are
/// joined; a joined form only counts where the synopsis holds it.
/// </summary>
public static class SeparableVerb
{
    /// <summary>The particles of separable verbs (a closed class of German grammar), folded like tokens.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her", "heraus", "hin", "hinzu", "klar",
        "los", "mit", "nach", "teil", "um", "unter", "vor", "vorbei", "weg", "weiter", "wieder", "zu", "zuruck", "zusammen",
    };

    /// <summary>The words that may be the finite verb stand at these offsets from the start of the clause.</summary>
    private const int VerbSlots = 2;

    /// <summary>
    /// For each sentence of <paramref name="tokens"/> that ends in a particle, the position of each word that may be its
    /// finite verb with the folded joined form (particle first: "unterbringt"); empty when no sentence ends so.
    /// </summary>
    public static IReadOnlyList<(int Position, string Folded)> Join(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<(int, string)>? joined = null;
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].FirstOfSentence)
            {
                start = i;
            }

            var last = i + 1 == tokens.Count || tokens[i + 1].FirstOfSentence;
            if (!last || i - start < 2 || !Particles.Contains(tokens[i].Folded))
            {
                continue;
            }

            for (var verb = start; verb < start + VerbSlots && verb < i - 1; verb++)
            {
                if (tokens[verb].Folded.Length > 2 && !char.IsDigit(tokens[verb].Folded[0]))
                {
                    (joined ??= []).Add((verb, tokens[i].Folded + tokens[verb].Folded));
                }
            }
        }

        return joined ?? (IReadOnlyList<(int, string)>)[];
    }
}
