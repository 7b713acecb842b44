using IntegrationBot.Core.Answers.Composers;
using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Export;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>
/// One turn: recognise, choose the kind of answer (<see cref="AnswerRouter"/>), let that kind's composer build the
/// reply from the synopsis, and compute the context for the next turn.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    private readonly IRecognizer _recognizer;
    private readonly ISynopsisRepository _synopsis;
    private readonly CardRenderer _renderer;
    private readonly HelpComposer _help;
    private readonly IReadOnlyDictionary<AnswerKind, IAnswerComposer> _composers;
    private readonly SynopsisLookup _lookup;

    /// <param name="exports">Download links for comparison, profile and overview cards; null = no downloads.</param>
    public AnswerService(IRecognizer recognizer, ISynopsisRepository synopsis, CardRenderer renderer, IExportLinks? exports = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(renderer);
        _recognizer = recognizer;
        _synopsis = synopsis;
        _renderer = renderer;
        _help = new HelpComposer(renderer);
        _lookup = new SynopsisLookup(recognizer, synopsis, (recognizer as Recognizer)?.Model.SearchIndex, renderer);
        IAnswerComposer[] composers =
        [
            new ComparisonComposer(renderer, exports),
            new CityProfileComposer(renderer, exports),
            new AspectOverviewComposer(renderer, exports),
            new SearchResultsComposer(renderer),
            new CityListComposer(renderer),
            new CoverageComposer(renderer),
            _help,
            new SmallTalkComposer(renderer),
            new DisambiguationComposer(renderer),
            new UnknownCityComposer(renderer),
            new NoneComposer(renderer),
            new AboutComposer(renderer),
            new DefinitionComposer(renderer),
            new CoverageDetailComposer(renderer),
        ];
        _composers = composers.ToDictionary(c => c.Kind);
        var missing = Enum.GetValues<AnswerKind>().Where(k => !_composers.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Kein Composer für: {string.Join(", ", missing)}");
        }

        renderer.Templates.Require(composers.SelectMany(c => c.Templates).Append(MessageCard.TemplateName));
    }

    public TurnOutcome Answer(string text, ConversationContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TwoParts(text ?? string.Empty, context, now) is { } parts)
        {
            return parts;
        }

        var recognition = _recognizer.Recognize(text ?? string.Empty, context, now);
        return new TurnOutcome(recognition, Compose(recognition), context.After(recognition, now));
    }

    private Reply Compose(RecognitionResult recognition) =>
        _composers[AnswerRouter.Route(recognition)].Compose(new AnswerRequest(recognition, _synopsis));

    /// <summary>
    /// A message asking two different kinds of thing is answered in two replies, the second read in the context of
    /// the first („…, und was steht bei Bielefeld dazu?“). Only when both parts are understood and differ in kind: two
    /// questions of one kind („Was macht Stuttgart und was macht München?“) are one comparison, read whole.
    /// </summary>
    private TurnOutcome? TwoParts(string text, ConversationContext context, DateTimeOffset now)
    {
        if (TwoPartQuestion.Split(text) is not var (firstText, secondText))
        {
            return null;
        }

        var first = _recognizer.Recognize(firstText, context, now);
        if (!Answerable(first))
        {
            return null;
        }

        var between = context.After(first, now);
        var second = _recognizer.Recognize(secondText, between, now);
        // "…? Alle Städte bitte." only widens the first question to every city; it asks for no list of its own.
        if (!Answerable(second) || second.Intent == first.Intent || second.Intent == Intent.ListCities)
        {
            return null;
        }

        return new TurnOutcome(first, Compose(first), between.After(second, now))
        {
            MoreParts = [new AnswerPart(second, Compose(second))],
        };
    }

    private static bool Answerable(RecognitionResult r) =>
        r.Alternatives.Count == 0 && r.Intent is not (Intent.None or Intent.Help or Intent.Greeting or Intent.Thanks or Intent.Goodbye);

    public LookupPage Lookup(string? query, int skip, int count, DateTimeOffset now) => _lookup.Find(query, skip, count, now);

    public LookupItem? LookupSelected(string? key, DateTimeOffset now) => _lookup.Select(key, now);

    public Reply Welcome() => _help.Welcome(_synopsis);

    public Reply AskForQuestion()
    {
        // The example comes from the data, so it names a city and aspect this synopsis really answers.
        var example = ExampleQuestions.For(_synopsis).FirstOrDefault()?.Question is { } question ? CardText.Plain(question) : null;
        return example is null
            ? new Reply("Bitte stellen Sie mir eine Frage zur Integrationsarbeit der Städte.", "Bitte stellen Sie mir eine Frage.", Card: null)
            : new Reply(
                $"Bitte stellen Sie mir eine Frage zur Integrationsarbeit der Städte, zum Beispiel: „{example}“",
                $"Bitte stellen Sie mir eine Frage, zum Beispiel: {example}",
                Card: null);
    }

    public Reply Error()
    {
        var card = new MessageCard(
            "Entschuldigung – da ist etwas schiefgegangen",
            "Ihre Frage konnte ich gerade nicht beantworten. Bitte versuchen Sie es noch einmal oder stellen Sie die Frage etwas anders.");
        card.Actions.AddRange([FollowUpQuestions.Help, FollowUpQuestions.ListCities]);
        try
        {
            return _renderer.Render(MessageCard.TemplateName, card.Build);
        }
#pragma warning disable CA1031 // The apology must never fail itself: fall back to text only.
        catch (Exception)
#pragma warning restore CA1031
        {
            var content = card.Build(ContentBudget.Generous);
            return new Reply(content.Text, content.Speak, null);
        }
    }
}
