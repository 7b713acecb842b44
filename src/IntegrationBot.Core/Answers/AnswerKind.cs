namespace IntegrationBot.Core.Answers;

/// <summary>The kinds of answer the bot gives; each has exactly one composer.</summary>
public enum AnswerKind
{
    Comparison,
    CityProfile,
    AspectOverview,
    SearchResults,
    CityList,
    Coverage,
    Help,
    SmallTalk,
    Disambiguation,
    UnknownCity,
    None,
    About,
    Definition,

    /// <summary>Coverage questions about one aspect, one city, or the ranking by entries (the full table is <see cref="Coverage"/>).</summary>
    CoverageDetail,
}
