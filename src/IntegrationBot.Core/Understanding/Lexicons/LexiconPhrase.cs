namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>One phrase of a lexicon line as written ("wie sieht es * aus"), with its weight (default 1).</summary>
public sealed record LexiconPhrase(string Text, double Weight = 1.0)
{
    /// <summary>Weights below this only hint; they never decide an aspect on their own.</summary>
    public const double StrongWeight = 0.75;

    /// <summary>A "*" in a phrase stands for up to this many other words.</summary>
    public const int MaxGap = 6;
}
