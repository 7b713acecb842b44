using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// "Gibt es irgendwo ein Monitoring?": a clear search question for a word of the field that the synopsis lacks is still a
/// search, answered with "nothing found" rather than a guess; "Welche Stadt hat einen Zoo?" is not.
/// </summary>
internal sealed class FieldWordSearchRule : IDecisionRule
{
    public string Name => "search.field-word";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        input.SearchShaped && input.SearchWords.Count > 0 && !input.OutOfScope && input.HasStrong(CueKind.Search)
        && input.SearchWords.Any(input.Model.IsDomainWord)
            ? input.Results.Search([], 0.8)
            : null;
}
