namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>A question which cities have something, and entries that contain it: a search with its hits.</summary>
internal sealed class SearchHitsRule : IDecisionRule
{
    public string Name => "search.hits";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        if (!input.SearchShaped || input.SearchWords.Count == 0)
        {
            return null;
        }

        // "Wer hat ein Amt für multikulturelle Angelegenheiten?": also look for the organisation's other names ("AmkA").
        var model = input.Model;
        var organisationNames = input.Analysis.OrganisationCities
            .SelectMany(c => model.OrganisationNames.TryGetValue(c, out var names) ? names : [])
            .Where(n => !input.SearchWords.Contains(n, StringComparer.OrdinalIgnoreCase));
        var hits = model.SearchIndex.Search([.. input.SearchWords, .. organisationNames], DecisionInput.MaxResults);
        return hits.Count > 0 ? input.Results.Search(hits, 0.9) : null;
    }
}
