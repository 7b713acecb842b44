using IntegrationBot.Core.Understanding.Decision.Rules;

namespace IntegrationBot.Core.Understanding.Decision;

/// <summary>
/// The decision rules in the order they are asked; the first that decides wins. Refusals come first (a topic the
/// synopsis cannot hold), then searches, then queries, meta questions and weak readings; the last rule always decides.
/// </summary>
internal static class DecisionRules
{
    public static IReadOnlyList<IDecisionRule> Ordered { get; } =
    [
        new OutOfScopeRule(),
        new AspectNameSearchRule(),
        new OverviewSearchRule(),
        new SearchHitsRule(),
        new FieldWordSearchRule(),
        new AspectNounSearchRule(),
        new OutOfScopeSearchRule(),
        new UnknownTopicOfCityRule(),
        new NamedQueryRule(),
        new MetaQuestionRule(),
        new ContentWordSearchRule(),
        new HintedQueryRule(),
        new FollowUpRule(),
        new NotUnderstoodRule(),
    ];
}
