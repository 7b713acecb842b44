namespace IntegrationBot.Core.Understanding.Matching;

/// <summary>A phrase found in a message: the tokens it used (gaps excluded) and its target.</summary>
public readonly record struct PhraseMatch(CueTarget Target, int Start, int End, int[] Positions, double Weight)
{
    /// <summary>Number of words the phrase matched (gaps excluded): longer phrases win over their parts.</summary>
    public int Length => Positions.Length;
}
