using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// "Welche Städte tun etwas gegen Antisemitismus? Alle bitte", "Wo ist Integration in den einzelnen Städten angedockt?": the
/// question asks for all cities, so every city's entry on the aspect answers it, not a list of word hits. A bare "alle"
/// counts only as a sentence of its own: inside the question it belongs to what is searched ("Zugang zu allen
/// Dienstleistungen").
/// </summary>
internal sealed class OverviewSearchRule : IDecisionRule
{
    public string Name => "search.overview";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        if (!input.SearchShaped || input.OutOfScope || input.Aspects.Count == 0)
        {
            return null;
        }

        var analysis = input.Analysis;
        var last = analysis.Tokens.LastOrDefault(static t => t.FirstOfSentence)?.Index ?? 0;
        var asksForAll = input.Has(CueKind.AllCities) || (last > 0
            && analysis.CueStarts.GetValueOrDefault(CueKind.Overview, -1) >= last
            && analysis.Residual.All(t => t.Index < last));
        return asksForAll ? input.Results.Query([], input.Aspects, input.AspectsStrong) : null;
    }
}
