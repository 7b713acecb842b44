using System.Globalization;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// Understands a choice among the readings offered by "Meinten Sie …?": "die zweite", "Nummer 2", "2", "beide".
/// Numbers and ordinals come from Microsoft.Recognizers.Text's German (and English) models; the lexicon's pick words
/// (data/lexicon/picks.txt) cover "beide", "die letzte" and serve as the fallback.
/// </summary>
internal sealed class OfferedQuestionPicker
{
    private const int MaxPickWords = 5;

    private readonly RecognitionModel _model;

    public OfferedQuestionPicker(RecognitionModel model) => _model = model;

    /// <summary>The 0-based indices picked, or null when the message is not a pick.</summary>
    public IReadOnlyList<int>? TryPick(string text, IReadOnlyList<Token> tokens, int offered)
    {
        if (offered == 0 || tokens.Count == 0 || tokens.Count > MaxPickWords)
        {
            return null;
        }

        int? position = null;
        var pickWordSeen = false;
        foreach (var token in tokens)
        {
            if (_model.Picks.TryGetValue(token.Key, out var p) || _model.Picks.TryGetValue(token.Folded, out p))
            {
                position ??= p;
                pickWordSeen = true;
            }
            else if (char.IsDigit(token.Folded[0]))
            {
                pickWordSeen = true;
            }
            else if (!_model.PickWordKeys.Contains(token.Key) && !_model.PickWordKeys.Contains(token.Folded) && !_model.IsFunctionWord(token.Key))
            {
                return null;
            }
        }

        if (!pickWordSeen)
        {
            return null;
        }

        if (position == Lexicon.PickAll)
        {
            return Enumerable.Range(0, offered).ToList();
        }

        var recognised = RecognisePosition(text);
        var chosen = recognised ?? position;
        if (chosen == Lexicon.PickLast)
        {
            chosen = offered;
        }

        return chosen is >= 1 && chosen <= offered ? [chosen.Value - 1] : null;
    }

    /// <summary>The number or ordinal in the text per Microsoft.Recognizers.Text (German first, then English); null when none.</summary>
    internal static int? RecognisePosition(string text)
    {
        foreach (var culture in new[] { Culture.German, Culture.English })
        {
            try
            {
                var results = NumberRecognizer.RecognizeOrdinal(text, culture);
                if (results.Count == 0)
                {
                    results = NumberRecognizer.RecognizeNumber(text, culture);
                }

                foreach (var result in results)
                {
                    if (result.Resolution is not null && result.Resolution.TryGetValue("value", out var value)
                        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    {
                        return number;
                    }
                }
            }
#pragma warning disable CA1031 // A third-party recogniser must never break a turn: fall back to the lexicon.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        }

        return null;
    }
}
