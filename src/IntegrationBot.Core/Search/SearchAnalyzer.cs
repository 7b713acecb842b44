using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Search;

/// <summary>
/// The German analysis shared by the index and the recognizer: tokenising, folding (ä = ae = a, ß = ss),
/// light stemming, and dropping function words. One analyser for both sides means a word found in a question
/// is found in the synopsis.
/// </summary>
public sealed class SearchAnalyzer
{
    public SearchAnalyzer(IEnumerable<string> stopKeys)
    {
        ArgumentNullException.ThrowIfNull(stopKeys);
        StopKeys = stopKeys.ToFrozenSet(StringComparer.Ordinal);
    }

    public FrozenSet<string> StopKeys { get; }

    /// <summary>The content tokens of a text (stop words and one-letter words removed).</summary>
    public List<Token> ContentTokens(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        tokens.RemoveAll(t => t.Folded.Length < 2 || StopKeys.Contains(t.Stem) || StopKeys.Contains(t.Folded));
        return tokens;
    }
}
