using System.Globalization;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>The data itself: title, date („Stand“), editor and organisation, link to the original, number of cities and aspects.</summary>
public sealed class AboutComposer(CardRenderer renderer) : IAnswerComposer
{
    public AnswerKind Kind => AnswerKind.About;

    public IReadOnlyList<string> Templates => [FactsCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var synopsis = request.Synopsis;
        var document = synopsis.Document;
        var provenance = document.Provenance;
        var source = CardSource.Of(document);
        var stand = provenance.Date is null
            ? "Die Synopse nennt keinen Stand."
            : provenance.DateFromFileModification
                ? $"Die Synopse nennt keinen Stand; die Datei wurde zuletzt am {provenance.Date.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} geändert."
                : $"Stand der Synopse: {CardSource.StandOf(provenance)}.";
        var card = new FactsCard("Über die Synopse", source)
        {
            Speak = $"{stand} Sie umfasst {Count(synopsis.Cities.Count, "Stadt", "Städte")} und {Count(synopsis.Aspects.Count, "Aspekt", "Aspekte")}.",
        };
        card.Lines.Add(stand);
        card.Lines.Add($"Sie umfasst {Count(synopsis.Cities.Count, "Stadt", "Städte")} und {Count(synopsis.Aspects.Count, "Aspekt", "Aspekte")}.");
        if (document.Title.Length > 0)
        {
            card.AddFact("Titel", document.Title);
        }

        card.AddFact("Stand", source.Stand ?? "unbekannt");
        if (!string.IsNullOrWhiteSpace(provenance.Editor))
        {
            card.AddFact("Bearbeitung", provenance.Editor);
        }

        if (!string.IsNullOrWhiteSpace(provenance.Organisation))
        {
            card.AddFact("Herausgeber", provenance.Organisation);
        }

        if (source.Link is { } link)
        {
            card.AddLinkFact("Originaldokument", document.Title.Length > 0 ? document.Title : link.Host, link);
        }

        if (string.IsNullOrWhiteSpace(provenance.Editor) && string.IsNullOrWhiteSpace(provenance.Organisation))
        {
            card.Lines.Add("Wer sie erstellt hat, steht nicht in der Datei.");
        }

        card.AddFact("Städte", Phrases.Cities(synopsis.Cities));
        card.AddFact("Aspekte", synopsis.Aspects.Count.ToString(CultureInfo.InvariantCulture));
        if (document.Glossary.Count > 0)
        {
            card.AddFact("Glossar", Count(document.Glossary.Count, "Begriff", "Begriffe"));
        }

        card.Actions.AddRange([FollowUpQuestions.ListCities, FollowUpQuestions.ListAspects]);
        return renderer.Render(FactsCard.TemplateName, card.Build);
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";
}
