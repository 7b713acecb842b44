using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Teams;

/// <summary>
/// The bot's Teams command menu, built from the loaded synopsis: example questions name cities and aspects that are
/// really in the data (and have entries), so the menu changes with the office's file instead of going stale.
/// Every command fits Teams' limits; a question too long for a title is left out rather than cut.
/// </summary>
public static class TeamsCommandList
{
    /// <summary>The manifest schema's limit for one command list.</summary>
    public const int MaxCommands = 12;

    public static IReadOnlyList<TeamsCommand> For(ISynopsisRepository synopsis)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        var general = new[]
        {
            new TeamsCommand(FollowUpQuestions.Help.Question, "Was kann ich fragen? Beispiele und Tipps"),
            new TeamsCommand(FollowUpQuestions.ListCities.Question, $"Zeigt alle {synopsis.Cities.Count} Städte der Synopse"),
            new TeamsCommand(FollowUpQuestions.ListAspects.Question, $"Zeigt alle {synopsis.Aspects.Count} Aspekte, nach denen Sie fragen können"),
        };

        // One example of each kind first, so even a short menu shows the variety; then more of the data.
        var examples = Interleave(EntryQuestions(synopsis), AllCitiesQuestions(synopsis), Comparisons(synopsis), Searches(synopsis), Profiles(synopsis));
        return general.Concat(examples)
            .Where(static command => command.FitsTeams)
            .DistinctBy(static command => command.Title, StringComparer.OrdinalIgnoreCase)
            .Take(MaxCommands)
            .ToList();
    }

    // Each aspect once, with a different city each time, so the menu shows the breadth of the data.
    private static IEnumerable<TeamsCommand> EntryQuestions(ISynopsisRepository synopsis) =>
        from pair in synopsis.Aspects.Select((aspect, index) => (Aspect: aspect, Entries: synopsis.ForAspect(aspect), Index: index))
        where pair.Entries.Count > 0
        from entry in pair.Entries.Skip(pair.Index % pair.Entries.Count).Concat(pair.Entries.Take(pair.Index % pair.Entries.Count))
        let question = FollowUpQuestions.Entry(entry.City, pair.Aspect).Question
        where question.Length <= TeamsCommand.MaxTitleLength
        group Fit(question, $"Zeigt, was die Synopse zu „{pair.Aspect.Title}“ für {entry.City.Name} enthält", "Zeigt den Eintrag einer Stadt zu einem Aspekt") by pair.Aspect into byAspect
        select byAspect.First();

    // "… aller Städte" rather than "… in allen Städten": 4 characters shorter, so more aspect titles fit a title.
    private static IEnumerable<TeamsCommand> AllCitiesQuestions(ISynopsisRepository synopsis) =>
        from aspect in synopsis.Aspects
        where synopsis.ForAspect(aspect).Count >= 2
        select Fit($"{aspect.Title} aller Städte", $"Vergleicht „{aspect.Title}“ in allen Städten", "Vergleicht einen Aspekt in allen Städten");

    // Search examples from the content: list items of one word that several cities share come first. A term that is
    // also an aspect title would be read as that aspect, not as a search, so those are left out.
    private static IEnumerable<TeamsCommand> Searches(ISynopsisRepository synopsis) =>
        from entry in synopsis.Document.Entries
        from list in entry.Blocks.OfType<BulletList>()
        from item in list.Items
        let term = item.Trim().TrimEnd('.', ',', ';', ':')
        where term.Length >= 5 && !term.Any(static c => char.IsWhiteSpace(c) || c is '/' or '(' or ')' or '"' or '„' or '“') && char.IsUpper(term[0])
        where !synopsis.Aspects.Any(aspect => aspect.Title.Contains(term, StringComparison.OrdinalIgnoreCase) || term.Contains(aspect.Title, StringComparison.OrdinalIgnoreCase))
        group entry.City by term into cities
        orderby cities.Distinct().Count() descending
        select new TeamsCommand($"Wo gibt es {cities.Key}?", $"Sucht die Städte, deren Eintrag „{cities.Key}“ nennt");

    private static IEnumerable<TeamsCommand> Comparisons(ISynopsisRepository synopsis)
    {
        var covered = synopsis.Cities.Where(city => synopsis.ForCity(city).Count > 0).ToList();
        for (var i = 0; i + 1 < covered.Count; i += 2)
        {
            var (city, other) = (covered[i], covered[i + 1]);
            yield return new TeamsCommand(
                FollowUpQuestions.CompareCities(city, other).Question,
                $"Stellt {city.Name} und {other.Name} Aspekt für Aspekt gegenüber");
        }
    }

    private static IEnumerable<TeamsCommand> Profiles(ISynopsisRepository synopsis) =>
        from city in synopsis.Cities.Reverse()
        where synopsis.ForCity(city).Count > 0
        select new TeamsCommand(FollowUpQuestions.CityProfile(city).Question, $"Zeigt alles, was die Synopse über {city.Name} enthält");

    private static TeamsCommand Fit(string title, string description, string shorterDescription) =>
        new(title, description.Length <= TeamsCommand.MaxDescriptionLength ? description : shorterDescription);

    /// <summary>Round robin over the sequences, skipping commands that do not fit, until all are exhausted.</summary>
    private static IEnumerable<TeamsCommand> Interleave(params IEnumerable<TeamsCommand>[] sources)
    {
        var enumerators = sources.Select(source => source.Where(static c => c.FitsTeams).GetEnumerator()).ToList();
        try
        {
            while (enumerators.Count > 0)
            {
                foreach (var enumerator in enumerators.ToList())
                {
                    if (enumerator.MoveNext())
                    {
                        yield return enumerator.Current;
                    }
                    else
                    {
                        enumerator.Dispose();
                        enumerators.Remove(enumerator);
                    }
                }
            }
        }
        finally
        {
            enumerators.ForEach(static enumerator => enumerator.Dispose());
        }
    }
}
