namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// Content words alone ("Flüchtlingsberatung") that entries contain and that point at no aspect: a search, with the search
/// and the hinted aspects offered.
/// </summary>
internal sealed class ContentWordSearchRule : IDecisionRule
{
    public string Name => "search.content-words";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        if (input.SearchWords.Count == 0 || input.SearchShaped || input.Analysis.OrganisationCities.Count > 0 || input.Aspects.Count > 0)
        {
            return null;
        }

        var hits = input.Model.SearchIndex.Search(input.SearchWords, DecisionInput.MaxResults);
        return hits.Count > 0 ? input.Results.Search(hits, 0.6) : null;
    }
}
