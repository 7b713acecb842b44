namespace IntegrationBot.Core.Understanding;

/// <summary>
/// Every weight and threshold of aspect ranking and of the decision rules, in one place (docs/understanding.md explains
/// how they were fitted). A rule reads its numbers from here; tests may pass other values to show a rule's effect.
/// </summary>
public sealed record RecognitionWeights
{
    public static RecognitionWeights Default { get; } = new();

    // --- Aspect evidence from the data (AspectRanker) ---

    /// <summary>A word of the aspect's title.</summary>
    public double TitleWord { get; init; } = 4.0;

    /// <summary>A part of a compound title word ("Eltern" of "Elternarbeit").</summary>
    public double TitlePart { get; init; } = 1.6;

    /// <summary>
    /// A title word after a preposition ("Neuzugewanderte" of "Bildungsberatung für Neuzugewanderte"): it says for whom
    /// or about what, the head before it says what the aspect is; it speaks for the aspect but never names it.
    /// </summary>
    public double TitleQualifier { get; init; } = 1.6;

    /// <summary>
    /// A title's head word found in the cells of at least this share of the aspects is generic ("Kooperation mit Jobcenter
    /// und Agentur für Arbeit", "Maßnahmen zur …"): the words after its preposition name the aspect instead of qualifying it.
    /// </summary>
    public double GenericHeadSpread { get; init; } = 0.25;

    /// <summary>
    /// A title's adjective before a noun that the cells of at least <see cref="GenericHeadSpread"/> of the aspects use
    /// ("junge" of "Mädchen- und junge Frauenarbeit"): a share of the title word's weight, since it qualifies the topic and
    /// every question about young people would otherwise meet it.
    /// </summary>
    public double GenericAdjectiveFactor { get; init; } = 0.6;

    /// <summary>A keyword the office gave the aspect (Aspect.Keywords).</summary>
    public double KeywordWord { get; init; } = 3.5;

    /// <summary>A word found in the aspect's cells, at saturation (found in many cities).</summary>
    public double ContentWord { get; init; } = 1.5;

    /// <summary>Factor for a title part found only through general German (the thesaurus), not in the synopsis' own words.</summary>
    public double GeneralTitlePartFactor { get; init; } = 0.5;

    /// <summary>A part of a compound word of the cells.</summary>
    public double ContentPart { get; init; } = 0.5;

    /// <summary>
    /// Factor for a question word that the asked city's own cell of the aspect holds: that cell is the answer, so a word
    /// it spells speaks more for its aspect than the same word in other cities' cells. Only the typed word itself or its
    /// root: a compound's part ("Arbeit" of "Quartiersarbeit") is in most cells of a city, and a synonym or translation
    /// ("women" → "Frauen") is a guess at the word, not the word.
    /// </summary>
    public double AskedCityCellFactor { get; init; } = 1.5;

    /// <summary>
    /// Length normalisation of cell words (BM25's b): a cell word of aspect i counts 1 / (1 − b + b · Vᵢ / V̄), with Vᵢ the
    /// distinct words of its cells and V̄ their mean over the aspects; 0 switches it off.
    /// </summary>
    public double CellLengthNormalisation { get; init; } = 0.1;

    /// <summary>Cities after which a content word counts half: c / (c + this).</summary>
    public double ContentCitySaturation { get; init; } = 1.0;

    /// <summary>A question word matched only through its compound parts ("Deutsch|kurs" → "Kurs").</summary>
    public double QueryPartFactor { get; init; } = 0.7;

    /// <summary>Further factor for the parts of a compound that the data holds as a whole.</summary>
    public double KnownCompoundPartFactor { get; init; } = 0.5;

    /// <summary>A question word matched through its derivational root ("begrüßt" → "Begrüßung").</summary>
    public double DerivedWordFactor { get; init; } = 0.8;

    /// <summary>A question word matched through a synonym of general German (thesaurus); never above a cell word, never naming.</summary>
    public double RelatedWordFactor { get; init; } = 0.7;

    /// <summary>
    /// The most a general-German synonym (thesaurus) or a further word of an English word's glossary concept gives: below a
    /// cell word, since a thesaurus line mixes senses ("Vater" sits beside "Senior", which meets "Seniorenarbeit") and a
    /// concept spans neighbouring topics (labour market and vocational training).
    /// </summary>
    public double ThesaurusCap { get; init; } = 1.0;

    /// <summary>
    /// A question word matched through the field glossary or its English words: a curated near-synonym, so it may name the
    /// aspect whose title word it meets ("angesiedelt" ~ "Anbindung"), at this factor of that word's weight.
    /// </summary>
    public double FieldRelatedFactor { get; init; } = 0.8;

    /// <summary>Further factor for the field synonyms of a word the cells hold themselves.</summary>
    public double HeldWordRelatedFactor { get; init; } = 0.5;

    /// <summary>The same for a word that is a part of a title word ("Arbeit" of "Arbeitsweise"): its synonyms count this much.</summary>
    public double TitlePartRelatedFactor { get; init; } = 0.4;

    /// <summary>A title word is a name of the aspect only when its specificity (normalised IDF) reaches this.</summary>
    public double NamedSpecificity { get; init; } = 0.55;

    /// <summary>Data evidence from which the best aspect is taken as meant without being named.</summary>
    public double ConfidentEvidence { get; init; } = 1.2;

    /// <summary>
    /// Aspect evidence from which no out-of-scope or quantity cue refuses the question, even when two aspects are close: the
    /// synopsis holds a clear topic of it, and the answer may still ask "Meinten Sie …?".
    /// </summary>
    public double TopicOverRefusal { get; init; } = 2.0;

    /// <summary>The best aspect must lead the second by this factor to be taken without "Meinten Sie …?".</summary>
    public double ConfidentMargin { get; init; } = 1.5;

    /// <summary>A named aspect wins unless unnamed evidence exceeds it by this factor.</summary>
    public double NamedLead { get; init; } = 2.1;

    /// <summary>Aspects within this share of the best named one are asked for too ("Elternarbeit und Frühe Hilfen").</summary>
    public double SecondNamedShare { get; init; } = 0.35;

    /// <summary>A word whose evidence for some aspect reaches this is a topic of the synopsis, never out of scope.</summary>
    public double SynopsisTopicStrength { get; init; } = 0.45;

    /// <summary>Each part of "Wohnen und Sport" needs this much evidence, from its leader's title, to ask for an aspect of its own.</summary>
    public double ConjunctEvidence { get; init; } = 1.2;

    /// <summary>
    /// In a question for a number, the counted word stands next to a figure in the aspect's cells ("Wie viele Stellen …?",
    /// "4,5 Stellen"), at saturation: that aspect holds the answer.
    /// </summary>
    public double CountedWord { get; init; } = 1.5;

    /// <summary>Below this, data evidence is too thin to count at all (one common word in one city's cell).</summary>
    public double MinimumEvidence { get; init; } = 0.35;
}
