namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// One word of a message: as typed (<see cref="Surface"/>), folded (lower case, umlauts folded) and stemmed.
/// <see cref="Key"/> is what matching uses: the stem, or the stem of the word a typo was corrected to.
/// </summary>
public sealed class Token
{
    public Token(string surface, string folded, string stem, int index, bool firstOfSentence)
    {
        Surface = surface;
        Folded = folded;
        Stem = stem;
        Key = stem;
        Index = index;
        FirstOfSentence = firstOfSentence;
        Capitalized = surface.Length > 0 && char.IsUpper(surface[0]);
    }

    public string Surface { get; }

    public string Folded { get; }

    public string Stem { get; }

    public string Key { get; private set; }

    public int Index { get; }

    public bool Capitalized { get; }

    /// <summary>The first word of a sentence is capitalised anyway, so its capital says nothing.</summary>
    public bool FirstOfSentence { get; }

    /// <summary>Edit distance of the typo correction; 0 when the word was known as typed.</summary>
    public int Correction { get; private set; }

    public void CorrectTo(string key, int distance)
    {
        Key = key;
        Correction = distance;
    }

    public override string ToString() => Surface;
}
