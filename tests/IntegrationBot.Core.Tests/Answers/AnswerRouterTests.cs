using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Understanding;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Answers;

public sealed class AnswerRouterTests
{
    public static TheoryData<RecognitionResult, AnswerKind> Cases => new()
    {
        { Recognized(Intent.Query, ["Stuttgart"], [Anbindung]), AnswerKind.Comparison },
        { Recognized(Intent.Query, ["Stuttgart", "München"], [Praeambel]), AnswerKind.Comparison },
        { Recognized(Intent.Query, ["Stuttgart", "München"]), AnswerKind.Comparison },
        { Recognized(Intent.Query, ["Stuttgart"]), AnswerKind.CityProfile },
        { Recognized(Intent.Query, aspects: [Praeambel]), AnswerKind.AspectOverview },
        { Recognized(Intent.Query, aspects: [Praeambel], unknown: ["Köln"]), AnswerKind.UnknownCity },
        { Recognized(Intent.Query, unknown: ["Köln"]), AnswerKind.UnknownCity },
        { Recognized(Intent.Query, ["Bielefeld"], [Anbindung], ["Bremen"]), AnswerKind.Comparison },
        { Recognized(Intent.Query), AnswerKind.Help },
        { Searched(["RAA"]), AnswerKind.SearchResults },
        { Recognized(Intent.ListCities), AnswerKind.CityList },
        { Recognized(Intent.ListAspects), AnswerKind.Coverage },
        { Recognized(Intent.Help), AnswerKind.Help },
        { Recognized(Intent.Greeting), AnswerKind.SmallTalk },
        { Recognized(Intent.Thanks), AnswerKind.SmallTalk },
        { Recognized(Intent.Goodbye), AnswerKind.SmallTalk },
        { Recognized(Intent.None), AnswerKind.None },
        { Recognized(Intent.About), AnswerKind.About },
        { Recognized(Intent.Define) with { Term = "RAA" }, AnswerKind.Definition },
        { Recognized(Intent.Coverage, aspects: [Praeambel]) with { Coverage = CoverageQuestion.Lacks }, AnswerKind.CoverageDetail },
        { Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.Most }, AnswerKind.CoverageDetail },
        { Recognized(Intent.Coverage, ["Münster"]) with { Coverage = CoverageQuestion.City }, AnswerKind.CoverageDetail },
        { Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.Has }, AnswerKind.Coverage },
        { Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.City }, AnswerKind.Coverage },
        { Recognized(Intent.None) with { Alternatives = [new Alternative("A", "Frage A", 0.4)] }, AnswerKind.Disambiguation },
        { Recognized(Intent.Query, ["Stuttgart"], [Anbindung]) with { Alternatives = [new Alternative("A", "Frage A", 0.4)] }, AnswerKind.Comparison },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Routes_each_recognition_to_the_card_that_answers_it(RecognitionResult recognition, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerRouter.Route(recognition));
    }
}
