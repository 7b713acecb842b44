namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>Nothing of the synopsis and no question pattern: not understood. Always decides, so it comes last.</summary>
internal sealed class NotUnderstoodRule : IDecisionRule
{
    public string Name => "none";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        input.SearchShaped && input.SearchWords.Count > 0
            ? input.Results.Result(Intent.None, 0.6, "search-without-hits") with { SearchTerms = input.SearchWords }
            : input.Results.Result(Intent.None, input.Analysis.Residual.Count == 0 ? 0.9 : 0.7);
}
