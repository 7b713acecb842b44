using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>Chooses the kind of answer from the recognised slots: which card answers this question best.</summary>
public static class AnswerRouter
{
    public static AnswerKind Route(RecognitionResult recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        var unsure = recognition.Alternatives.Count > 0
            && (recognition.Intent == Intent.None || (recognition.Intent == Intent.Query && recognition.Cities.Count == 0 && recognition.Aspects.Count == 0));
        if (unsure)
        {
            return AnswerKind.Disambiguation;
        }

        return recognition.Intent switch
        {
            Intent.Query => RouteQuery(recognition),
            Intent.Search => AnswerKind.SearchResults,
            Intent.ListCities => AnswerKind.CityList,
            Intent.ListAspects => AnswerKind.Coverage,
            Intent.Help => AnswerKind.Help,
            Intent.About => AnswerKind.About,
            Intent.Define => AnswerKind.Definition,
            Intent.Coverage => RouteCoverage(recognition),
            Intent.Greeting or Intent.Thanks or Intent.Goodbye => AnswerKind.SmallTalk,
            _ => AnswerKind.None,
        };
    }

    /// <summary>A coverage question naming neither aspect nor city ("Wer hat wozu Angaben?") is the whole coverage table.</summary>
    private static AnswerKind RouteCoverage(RecognitionResult r) => r.Coverage switch
    {
        CoverageQuestion.Most or CoverageQuestion.Fewest => AnswerKind.CoverageDetail,
        CoverageQuestion.City when r.Cities.Count > 0 => AnswerKind.CoverageDetail,
        _ when r.Aspects.Count > 0 => AnswerKind.CoverageDetail,
        _ => AnswerKind.Coverage,
    };

    private static AnswerKind RouteQuery(RecognitionResult r) => (r.Cities.Count, r.Aspects.Count) switch
    {
        (0, _) when r.UnknownCities.Count > 0 => AnswerKind.UnknownCity,
        (0, 0) => AnswerKind.Help,
        (0, _) => AnswerKind.AspectOverview,
        (1, 0) => AnswerKind.CityProfile,
        _ => AnswerKind.Comparison,
    };
}
