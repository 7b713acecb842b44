using IntegrationBot.Core.Answers.Composers;
using IntegrationBot.Core.Cards;
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

    public AnswerService(IRecognizer recognizer, ISynopsisRepository synopsis, CardRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(renderer);
        _recognizer = recognizer;
        _synopsis = synopsis;
        _renderer = renderer;
        _help = new HelpComposer(renderer);
        IAnswerComposer[] composers =
        [
            new ComparisonComposer(renderer),
            new CityProfileComposer(renderer),
            new AspectOverviewComposer(renderer),
            new SearchResultsComposer(renderer),
            new CityListComposer(renderer),
            new CoverageComposer(renderer),
            _help,
            new SmallTalkComposer(renderer),
            new DisambiguationComposer(renderer),
            new UnknownCityComposer(renderer),
            new NoneComposer(renderer),
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
        var recognition = _recognizer.Recognize(text ?? string.Empty, context, now);
        var composer = _composers[AnswerRouter.Route(recognition)];
        var reply = composer.Compose(new AnswerRequest(recognition, _synopsis));
        return new TurnOutcome(recognition, reply, context.After(recognition, now));
    }

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
