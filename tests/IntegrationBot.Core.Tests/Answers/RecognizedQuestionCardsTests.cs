using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Understanding;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Answers;

/// <summary>
/// The real recognizer and the real answer service on German (and English) questions, as conversations:
/// every reply passes the Teams rules and the official validator, and every question a button offers is
/// understood as what the button says.
/// </summary>
public sealed class RecognizedQuestionCardsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Conversations (turns separated by " | "); every turn's reply is checked.</summary>
    private static readonly string[] ConversationList =
    [
        "Wo ist Integration in Stuttgart angebunden? | Und in Frankfurt? | Vergleiche das mit Bielefeld",
        "Vergleiche die Präambel von München und Stuttgart | Und die Aufgaben?",
        "Vergleiche die Anbindung in Bielefeld, Frankfurt und Stuttgart",
        "Aufgaben aller Dienststellen",
        "Was weißt du über Stuttgart? | Danke schön | Und in München?",
        "Wo ist Integration in Köln angebunden?",
        "Vergleiche Bielefeld und Bremen",
        "Welche Städte haben eine Flüchtlingsberatung?",
        "Welche Stadt vermittelt bei Konflikten mit Nachbarn?",
        "Welche Städte gibt es? | Welche Aspekte gibt es?",
        "Hallo! | hilfe bitte | Bis bald",
        "Wie hoch ist die Gewerbesteuer in Frankfurt?",
        "qwertz",
        "Compare the tasks of the offices in Munich and Münster",
        "[x](javascript:alert(1)) in Stuttgart",
        "${evil} Präambel <script>alert(1)</script>",
        "Wo ist Integration in \u202Enlök angebunden? 🙂",
        "Zeig mir alles zu Münster",
        "Von wann sind die Daten? | Wer hat die Synopse erstellt?",
        "Welche Städte haben keine Angaben zur Präambel? | Und was steht bei München dazu?",
        "Welche Stadt hat die meisten Einträge? | Wie vollständig sind die Angaben zu Münster?",
        "Was bedeutet RAA?",
    ];

    public static TheoryData<string> Conversations => [.. ConversationList];

    [Theory]
    [MemberData(nameof(Conversations))]
    public void Every_reply_in_the_conversation_passes_the_Teams_card_rules(string conversation)
    {
        foreach (var (turn, outcome) in Run(conversation))
        {
            var problems = TeamsCardRules.Check(outcome.Reply);
            Assert.True(problems.Count == 0, $"\"{turn}\" ({outcome.Recognition.Intent}): {string.Join("; ", problems)}");
        }
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Every_reply_card_is_valid_for_the_official_adaptivecards_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var cards = ConversationList.SelectMany(Run)
            .Select((t, i) => ($"{i}: {t.Turn}", t.Outcome.Reply.Card!))
            .ToList();

        var results = NodeTools.Validate(cards);

        var failures = results.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_button_question_is_understood_as_the_cities_and_aspects_it_names()
    {
        var questions = ConversationList.SelectMany(Run)
            .SelectMany(t => CardJson.Buttons(t.Outcome.Reply.Card))
            .Select(b => b.Question)
            .Concat(AnswerScenarios.All.Where(s => AnswerScenarios.UsesSeed(s.Key)).SelectMany(s => CardJson.Buttons(s.Value().Card)).Select(b => b.Question))
            .Distinct()
            .ToList();

        var misunderstood = Misunderstood(questions, Recognize, Seed);

        Assert.True(questions.Count > 20, $"nur {questions.Count} Button-Fragen");
        Assert.True(misunderstood.Count == 0, string.Join("\n", misunderstood));
    }

    [Fact]
    public void Button_questions_from_a_bigger_synopsis_are_understood_by_a_recognizer_for_it()
    {
        var recognizer = new Recognizer(AnswerScenarios.Big, IntegrationBot.Core.Tests.Understanding.Seed.Lexicon);
        var questions = AnswerScenarios.All.Where(s => s.Key.StartsWith("big", StringComparison.Ordinal))
            .SelectMany(s => CardJson.Buttons(s.Value().Card))
            .Select(b => b.Question)
            .Distinct()
            .ToList();

        var misunderstood = Misunderstood(questions, q => recognizer.Recognize(q, ConversationContext.Empty, Start), AnswerScenarios.Big);

        Assert.True(questions.Count > 20, $"nur {questions.Count} Button-Fragen");
        Assert.True(misunderstood.Count == 0, string.Join("\n", misunderstood));
    }

    private static List<string> Misunderstood(IReadOnlyList<string> questions, Func<string, RecognitionResult> recognize, ISynopsisRepository synopsis)
    {
        var misunderstood = new List<string>();
        foreach (var question in questions)
        {
            var recognition = recognize(question);
            var named = synopsis.Cities.Where(c => question.Contains(c.Name, StringComparison.Ordinal)).Select(c => c.Name).Order().ToList();
            var aspects = synopsis.Aspects.Where(a => question.Contains(a.Title, StringComparison.Ordinal)).Select(a => a.Title).Order().ToList();
            var recognizedCities = recognition.Cities.Select(c => c.Name).Order().ToList();
            var recognizedAspects = recognition.Aspects.Select(a => a.Title).Order().ToList();
            var ok = recognition.Intent != Intent.None
                && recognition.Alternatives.Count == 0
                && (named.Count == 0 || named.SequenceEqual(recognizedCities))
                && (aspects.Count == 0 || aspects.SequenceEqual(recognizedAspects));
            if (!ok)
            {
                misunderstood.Add($"\"{question}\" → {recognition.Intent} [{string.Join(", ", recognizedCities)}] [{string.Join(", ", recognizedAspects)}]");
            }
        }

        return misunderstood;
    }

    private static IEnumerable<(string Turn, TurnOutcome Outcome)> Run(string conversation)
    {
        var service = new AnswerService(CardFixtures.Recognizer, Seed, Renderer);
        var context = ConversationContext.Empty;
        var now = Start;
        foreach (var turn in conversation.Split(" | "))
        {
            var outcome = service.Answer(turn, context, now);
            context = outcome.Context;
            now += TimeSpan.FromSeconds(20);
            yield return (turn, outcome);
        }
    }
}
