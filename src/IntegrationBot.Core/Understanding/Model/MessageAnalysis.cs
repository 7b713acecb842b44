using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>What one message contains, before any decision: places, aspects with their evidence, cues and content words.</summary>
public sealed class MessageAnalysis
{
    public required IReadOnlyList<Token> Tokens { get; init; }

    /// <summary>Covered cities named in the message, in order of appearance.</summary>
    public required List<City> Cities { get; init; }

    /// <summary>Cities named only through an organisation ("AmkA"); they count unless the message is a search.</summary>
    public required List<City> OrganisationCities { get; init; }

    /// <summary>Gazetteer places the synopsis does not cover (canonical German name).</summary>
    public required List<string> UnknownCities { get; init; }

    /// <summary>Evidence per aspect index: summed weight, and whether a strong, aspect-specific cue was seen.</summary>
    public required AspectEvidence[] Aspects { get; init; }

    /// <summary>Strongest weight per question cue found.</summary>
    public required Dictionary<CueKind, double> Cues { get; init; }

    /// <summary>Per question cue, the first word of its last match: where in the message it was said.</summary>
    public Dictionary<CueKind, int> CueStarts { get; init; } = [];

    /// <summary>Content words nobody explained: the terms of a search.</summary>
    public required List<Token> Residual { get; init; }

    /// <summary>Content words that an organisation name took (they are search terms when the message is a search).</summary>
    public required List<Token> OrganisationTokens { get; init; }

    /// <summary>Number of typo corrections that decided a place or aspect.</summary>
    public required int Corrections { get; init; }

    /// <summary>An out-of-scope topic the synopsis never mentions (population, phone numbers): unanswerable even with an aspect.</summary>
    public required bool HardOutOfScope { get; init; }

    /// <summary>
    /// The out-of-scope cue is a question shape of several words ("wer ist * Leiterin", "wann * offen"): it asks for what
    /// the synopsis never holds, whatever the other words are about.
    /// </summary>
    public bool OutOfScopeQuestion { get; init; }

    /// <summary>Words a strong aspect cue took ("Stabsstelle" → Anbindung).</summary>
    public IReadOnlyList<Token> AspectTokens { get; init; } = [];

    /// <summary>Residual words known to no lexicon and absent from the synopsis, typed as nouns (capitalised) unless <paramref name="anyWord"/>: a topic we know nothing about.</summary>
    public IEnumerable<Token> UnexplainedNouns(Func<string, bool> known, bool anyWord) =>
        Residual.Where(t => t.Folded.Length >= 5 && t.Correction == 0 && (anyWord || (t.Capitalized && !t.FirstOfSentence)) && !known(t.Key) && !known(t.Folded));

    public bool Has(CueKind kind) => Cues.ContainsKey(kind);

    public bool HasStrong(CueKind kind) => Cues.TryGetValue(kind, out var weight) && weight >= LexiconPhrase.StrongWeight;
}

/// <summary>How much a message speaks for one aspect.</summary>
public sealed class AspectEvidence
{
    public double Score { get; set; }

    /// <summary>A cue that belongs to this aspect alone, at full weight, typed as a word of its own (not a compound part).</summary>
    public bool Strong { get; set; }

    /// <summary>A compound of the domain word and an aspect word ("Integrations|struktur"): decides when no word of its own does.</summary>
    public bool StrongCompound { get; set; }

    /// <summary>Evidence from the synopsis' own words (AspectRanker): title, keywords and cells.</summary>
    public double DataScore { get; set; }

    /// <summary>A specific word of the aspect's title or keywords was used: the aspect was named.</summary>
    public bool Named { get; set; }

    /// <summary>Some word met the aspect's title or keywords (whole, part or through a related word), not only its cells.</summary>
    public bool Titled { get; set; }

    /// <summary>The question asks for a number, and the aspect's cells give one for the thing counted ("4,5 Stellen").</summary>
    public bool Counted { get; set; }

    /// <summary>The aspect leads one part of a message joined by "und" ("Wohnen | und Sport"), by its title's words.</summary>
    public bool LeadsConjunct { get; set; }
}
