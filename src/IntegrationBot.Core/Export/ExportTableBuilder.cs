using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Export;

/// <summary>
/// Rebuilds a card's content as a table from an <see cref="ExportRequest"/> and the current synopsis. Names the
/// synopsis does not know make the request invalid (the link is stale or forged): <see cref="ExportRequestException"/>.
/// </summary>
public static class ExportTableBuilder
{
    public static ExportTable Build(ExportRequest request, ISynopsisRepository synopsis)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(synopsis);
        var cities = request.Cities.Select(name => synopsis.FindCity(name) ?? throw new ExportRequestException($"Unbekannte Stadt: {name}")).Distinct().ToList();
        var aspects = request.Aspects.Select(title => synopsis.FindAspect(title) ?? throw new ExportRequestException($"Unbekannter Aspekt: {title}")).Distinct().ToList();
        var notes = new List<string>();
        string title;
        switch (request.Kind)
        {
            case ExportKind.Profile:
                if (cities.Count != 1)
                {
                    throw new ExportRequestException("Ein Stadtprofil braucht genau eine Stadt.");
                }

                aspects = [.. synopsis.Aspects];
                title = $"{cities[0].Name}: alle Aspekte";
                break;
            case ExportKind.Overview:
                if (aspects.Count == 0)
                {
                    throw new ExportRequestException("Eine Übersicht braucht mindestens einen Aspekt.");
                }

                var with = synopsis.Cities.Where(c => aspects.Any(a => synopsis.Find(c, a) is not null)).ToList();
                var without = synopsis.Cities.Except(with).Select(static c => c.Name).ToList();
                cities = with.Count > 0 ? with : [.. synopsis.Cities];
                if (with.Count > 0 && without.Count > 0)
                {
                    notes.Add($"{EntryView.NoEntry}: {FollowUpQuestions.JoinGerman(without)}.");
                }

                title = $"{FollowUpQuestions.JoinGerman([.. aspects.Select(static a => a.Title)])}: alle Städte";
                break;
            default:
                if (cities.Count == 0)
                {
                    throw new ExportRequestException("Ein Vergleich braucht mindestens eine Stadt.");
                }

                if (aspects.Count == 0)
                {
                    aspects = [.. synopsis.Aspects];
                }

                // The comparison card's own titles.
                title = (cities.Count, aspects.Count) switch
                {
                    (1, 1) => $"{cities[0].Name}: {aspects[0].Title}",
                    (_, 1) => $"Vergleich: {aspects[0].Title}",
                    (1, _) => $"{cities[0].Name}: {FollowUpQuestions.JoinGerman([.. aspects.Select(static a => a.Title)])}",
                    _ => $"Vergleich: {FollowUpQuestions.JoinGerman([.. cities.Select(static c => c.Name)])}",
                };
                break;
        }

        var rows = aspects.Select(aspect => new ExportRow(aspect.Title, [.. cities.Select(city => Cell(synopsis.Find(city, aspect)))])).ToList();
        return new ExportTable(title, [.. cities.Select(static c => c.Name)], rows, CardSource.Of(synopsis.Document).PlainLine, notes);
    }

    private static ExportCell Cell(Entry? entry)
    {
        if (entry is null)
        {
            return new ExportCell(false, [EntryView.NoEntry]);
        }

        var lines = new List<string>();
        if (entry.ExamplesOnly)
        {
            lines.Add(EntryView.ExamplesMarker);
        }

        lines.AddRange(entry.PlainText.Split('\n').Select(CardText.Plain).Where(static l => l.Length > 0));
        return new ExportCell(true, lines);
    }
}
