using System.Globalization;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers.Lookup;

/// <summary>
/// Looks the synopsis up from the Teams compose box: the same recognizer, search and card builders as the chat.
/// A question naming cities and/or aspects lists those entries; anything else is searched in the entries' text.
/// An empty query offers the aspects. Every result inserts a card that stands alone in someone else's chat: no
/// buttons that would ask this bot, and the source with its date in the footer.
/// </summary>
public sealed class SynopsisLookup
{
    /// <summary>Results a query collects before paging; beyond that, a more specific question is the better answer.</summary>
    public const int MaxResults = 50;

    /// <summary>Teams asks for 25 per page; a page never carries more inserted cards than this.</summary>
    public const int MaxPageSize = 25;

    private const int PreviewLength = 160;

    private readonly IRecognizer _recognizer;
    private readonly ISynopsisRepository _synopsis;
    private readonly ISearchIndex? _search;
    private readonly CardRenderer _renderer;

    public SynopsisLookup(IRecognizer recognizer, ISynopsisRepository synopsis, ISearchIndex? search, CardRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(renderer);
        _recognizer = recognizer;
        _synopsis = synopsis;
        _search = search;
        _renderer = renderer;
    }

    public LookupPage Find(string? query, int skip, int count, DateTimeOffset now)
    {
        skip = Math.Max(0, skip);
        count = Math.Clamp(count <= 0 ? MaxPageSize : count, 1, MaxPageSize);
        var keys = string.IsNullOrWhiteSpace(query) ? AspectKeys() : KeysFor(query.Trim(), now);
        if (keys.Count == 0)
        {
            return LookupPage.Empty($"Zu „{CardText.Shorten(CardText.Plain(query), 60)}“ habe ich in der Synopse nichts gefunden. Versuchen Sie ein Stichwort aus der Integrationsarbeit, einen Aspekt oder eine Stadt.");
        }

        var page = keys.Skip(skip).Take(count).Select(key => Item(key.Key, key.Preview, now)).OfType<LookupItem>().ToList();
        return new LookupPage(page, keys.Count, null);
    }

    /// <summary>The inserted card for a key from an earlier result list; null when the synopsis no longer has it.</summary>
    public LookupItem? Select(string? key, DateTimeOffset now)
    {
        var parsed = LookupKey.Parse(key);
        return parsed is null ? null : Item(parsed, null, now);
    }

    private List<(LookupKey Key, string? Preview)> AspectKeys() =>
        [.. _synopsis.Aspects.Where(a => _synopsis.ForAspect(a).Count > 0).Select(a => (new LookupKey(a.Title, null), (string?)null))];

    private List<(LookupKey Key, string? Preview)> KeysFor(string query, DateTimeOffset now)
    {
        var recognition = _recognizer.Recognize(query, ConversationContext.Empty, now);
        if (recognition.Intent == Intent.Query && (recognition.Cities.Count > 0 || recognition.Aspects.Count > 0))
        {
            var cities = recognition.Cities.Count > 0 ? recognition.Cities : _synopsis.Cities;
            var aspects = recognition.Aspects.Count > 0 ? recognition.Aspects : _synopsis.Aspects;
            var entries = (from aspect in aspects from city in cities let entry = _synopsis.Find(city, aspect) where entry is not null select entry).ToList();
            if (entries.Count > 0)
            {
                return [.. entries.Take(MaxResults).Select(e => (new LookupKey(e.Aspect.Title, e.City.Name), (string?)null))];
            }
        }

        // Search words, a search question, or a question the recognizer could not place: the entries' text decides.
        var hits = recognition.Intent == Intent.Search && recognition.Results.Count > 0
            ? recognition.Results
            : _search?.Search([query], MaxResults) ?? [];
        return [.. hits.Take(MaxResults).Select(h => (new LookupKey(h.Aspect.Title, h.City.Name), (string?)CardText.Plain(h.Snippet)))];
    }

    private LookupItem? Item(LookupKey key, string? preview, DateTimeOffset now)
    {
        var aspect = _synopsis.FindAspect(key.Aspect);
        if (aspect is null)
        {
            return null;
        }

        var footer = Footer(now);
        if (key.City is null)
        {
            var entries = _synopsis.ForAspect(aspect);
            if (entries.Count == 0)
            {
                return null;
            }

            var covered = $"Angaben von {entries.Count.ToString(CultureInfo.InvariantCulture)} der {_synopsis.Cities.Count.ToString(CultureInfo.InvariantCulture)} Städte: {FollowUpQuestions.JoinGerman([.. entries.Select(e => e.City.Name)])}";
            var overview = new EntriesCard($"{aspect.Title}: alle Städte", covered + ".", footer) { Speak = $"{aspect.Title}. {covered}." };
            overview.AddGroup(string.Empty, [.. entries.Select(e => (e.City.Name, (Entry?)e))]);
            return new LookupItem(key.ToString(), aspect.Title, covered, _renderer.Render(EntriesCard.TemplateName, overview.Build));
        }

        var city = _synopsis.FindCity(key.City);
        var entry = city is null ? null : _synopsis.Find(city, aspect);
        if (city is null || entry is null)
        {
            return null;
        }

        var title = $"{city.Name}: {aspect.Title}";
        var card = new EntriesCard(title, string.Empty, footer) { Speak = title };
        card.AddGroup(string.Empty, [(string.Empty, entry)]);
        return new LookupItem(key.ToString(), title, CardText.Shorten(preview ?? entry.PlainText.Replace('\n', ' '), PreviewLength), _renderer.Render(EntriesCard.TemplateName, card.Build));
    }

    /// <summary>
    /// Source and date of the inserted card — it is a copy, read later in another chat: the usual card footer, and
    /// without any date of the synopsis the day of the lookup („abgerufen am …“), so a reader knows how old the copy is.
    /// </summary>
    private CardSource Footer(DateTimeOffset now)
    {
        var source = CardSource.Of(_synopsis.Document);
        return source.Stand is null
            ? source with { Stand = "unbekannt, abgerufen am " + now.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) }
            : source;
    }
}
