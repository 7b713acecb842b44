namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>"Und dort?", "Was ist mit den anderen?": a follow-up that names nothing new takes the previous question's slots.</summary>
internal sealed class FollowUpRule : IDecisionRule
{
    public string Name => "query.follow-up";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        input.FollowUp && input.HasContext ? input.Results.Query(input.Cities, input.Aspects, input.AspectsStrong) : null;
}
