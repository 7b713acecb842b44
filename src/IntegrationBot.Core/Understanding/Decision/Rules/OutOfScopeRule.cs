namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// A topic the synopsis cannot answer ("Wie wird das Wetter in Kiel?", "Telefonnummer …"), unless the question asks which
/// cities have something: that may still be a search.
/// </summary>
internal sealed class OutOfScopeRule : IDecisionRule
{
    public string Name => "out-of-scope";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        input.Analysis.HardOutOfScope || (input.OutOfScope && !input.SearchShaped) ? input.Results.OutOfScope() : null;
}
