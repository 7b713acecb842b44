namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// A topic the synopsis cannot answer ("Wie wird das Wetter in Kiel?", "Telefonnummer …"), unless the question asks which
/// cities have something (that may still be a search) or the synopsis holds a clear topic of it
/// (<see cref="DecisionInput.ClearTopic"/>: "Dürfen Eingebürgerte den Rat für Integration mitwählen?"). A question shape of
/// several words ("Wer ist die Leiterin der Dienststelle …?") stays refused however clear its topic.
/// </summary>
internal sealed class OutOfScopeRule : IDecisionRule
{
    public string Name => "out-of-scope";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        (input.Analysis.HardOutOfScope && (input.Analysis.OutOfScopeQuestion || !input.ClearTopic)) || (input.OutOfScope && !input.SearchShaped) ? input.Results.OutOfScope() : null;
}
