using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Answers;

/// <summary>German sentences several answers share.</summary>
internal static class Phrases
{
    public static string NotCovered(IReadOnlyList<string> places) =>
        $"Zu {FollowUpQuestions.JoinGerman(places)} enthält die Synopse keine Angaben.";

    public static string Covered(ISynopsisRepository synopsis) =>
        $"Die Synopse umfasst {FollowUpQuestions.JoinGerman([.. synopsis.Cities.Select(c => c.Name)])}.";

    public static string Cities(IEnumerable<City> cities) => FollowUpQuestions.JoinGerman([.. cities.Select(c => c.Name)]);

    public static string FromContext(IReadOnlyList<string> slots) => slots switch
    {
        [] => string.Empty,
        _ when slots.Contains("aspects") && slots.Contains("cities") => "Städte und Aspekt aus Ihrer vorherigen Frage übernommen.",
        _ when slots.Contains("aspects") => "Aspekt aus Ihrer vorherigen Frage übernommen.",
        _ => "Städte aus Ihrer vorherigen Frage übernommen.",
    };
}
