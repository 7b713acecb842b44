using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Insights;

/// <summary>Turns one recognition into the counters it adds (<see cref="InsightObservation"/>), by the <see cref="InsightPolicy"/>.</summary>
public static class InsightObserver
{
    public static InsightObservation Observe(RecognitionResult recognition, InsightPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        ArgumentNullException.ThrowIfNull(policy);
        var keys = new List<InsightKey> { new(InsightCategory.Intent, recognition.Intent.ToString()) };
        keys.AddRange(recognition.UnknownCities.Distinct().Select(static c => new InsightKey(InsightCategory.UnknownCity, c)));
        if (recognition.Intent is Intent.Query or Intent.Coverage && !recognition.FromContext.Contains("aspects"))
        {
            keys.AddRange(recognition.Aspects.Select(static a => new InsightKey(InsightCategory.Aspect, a.Title)));
        }

        if (recognition.Intent == Intent.Search && recognition.Results.Count == 0)
        {
            keys.AddRange(recognition.SearchTerms.Select(t => Cut(t.Trim(), policy.MaxTermLength)).Where(static t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(static t => new InsightKey(InsightCategory.SearchWithoutHits, t)));
        }

        if (recognition.Intent == Intent.Define && recognition.Term is { Length: > 0 } term && recognition.Score < 0.9)
        {
            keys.Add(new InsightKey(InsightCategory.UnknownTerm, Cut(term, policy.MaxTermLength)));
        }

        var unanswered = recognition.Intent == Intent.None || recognition.Score < policy.LowScore;
        if (unanswered)
        {
            keys.Add(new InsightKey(InsightCategory.Unanswered, recognition.Intent.ToString()));
        }

        var text = unanswered && policy.RecordQuestionText && recognition.Text.Length > 0 ? Cut(recognition.Text, policy.MaxQuestionLength) : null;
        return new InsightObservation(keys, text);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
