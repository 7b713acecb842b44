namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// An out-of-scope topic asked as a search that found nothing: "Wo ist Integration beim Oberbürgermeister?" was searched
/// by the rules before; "Welche Stadt hat einen Oberbürgermeister?" found nothing and is refused.
/// </summary>
internal sealed class OutOfScopeSearchRule : IDecisionRule
{
    public string Name => "out-of-scope.search";

    public RecognitionResult? TryDecide(DecisionInput input) => input.OutOfScope ? input.Results.OutOfScope() : null;
}
