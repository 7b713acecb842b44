using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>
/// The context stored after a turn. Questions about the synopsis replace the remembered cities and aspects;
/// small talk, help and lists keep them, so "Danke" between two questions does not break "Und in Frankfurt?".
/// </summary>
public static class ConversationContextUpdater
{
    public static ConversationContext Next(ConversationContext previous, RecognitionResult recognition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(recognition);
        var asksContent = recognition.Intent is Intent.Query or Intent.Search
            && (recognition.Cities.Count > 0 || recognition.Aspects.Count > 0);
        return new ConversationContext
        {
            LastIntent = recognition.Intent,
            Cities = asksContent ? [.. recognition.Cities.Select(c => c.Name)] : previous.Cities,
            Aspects = asksContent ? [.. recognition.Aspects.Select(a => a.Title)] : previous.Aspects,
            OfferedQuestions = [.. recognition.Alternatives.Select(a => a.Question)],
            UpdatedAt = now,
        };
    }
}
