namespace IntegrationBot.Core.Understanding;

/// <summary>The kinds of coverage question; the trace writes them in lower case ("has", "lacks", …).</summary>
public enum CoverageQuestion
{
    /// <summary>Which cities have an entry for the aspect(s).</summary>
    Has,

    /// <summary>Which cities have no entry for the aspect(s).</summary>
    Lacks,

    /// <summary>Which city has the most entries.</summary>
    Most,

    /// <summary>Which city has the fewest entries.</summary>
    Fewest,

    /// <summary>Which aspects one city covers and which it lacks.</summary>
    City,
}
