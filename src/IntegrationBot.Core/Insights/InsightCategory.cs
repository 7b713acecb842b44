namespace IntegrationBot.Core.Insights;

/// <summary>What an insight counter counts. The names are the keys in every store and in the JSON report.</summary>
public enum InsightCategory
{
    /// <summary>Answered turns per intent.</summary>
    Intent,

    /// <summary>Places asked for that the synopsis does not cover.</summary>
    UnknownCity,

    /// <summary>Aspects asked for (queries and coverage questions).</summary>
    Aspect,

    /// <summary>Search terms that found nothing.</summary>
    SearchWithoutHits,

    /// <summary>Questions answered with None or a low score, counted per intent that was guessed.</summary>
    Unanswered,

    /// <summary>Glossary terms asked for that the glossary lacks.</summary>
    UnknownTerm,
}
