using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>The entries one question asks for: the asked cities × the asked aspects (all aspects when none was named).</summary>
internal static class EntryQuery
{
    public static IReadOnlyList<Aspect> AspectsOrAll(AnswerRequest request) =>
        request.Recognition.Aspects.Count > 0 ? request.Recognition.Aspects : request.Synopsis.Aspects;

    public static IReadOnlyList<(string Heading, Entry? Entry)> Row(ISynopsisRepository synopsis, IEnumerable<City> cities, Aspect aspect, bool cityHeadings) =>
        [.. cities.Select(city => (cityHeadings ? city.Name : string.Empty, synopsis.Find(city, aspect)))];
}
