namespace IntegrationBot.Core.Understanding;

/// <summary>What the user wants. Names are part of the recognition trace contract (docs/understanding.md).</summary>
public enum Intent
{
    None,
    Query,
    Search,
    ListCities,
    ListAspects,
    Help,
    Greeting,
    Thanks,
    Goodbye,

    /// <summary>About the data itself: date (Stand), editor, source, how many cities and aspects.</summary>
    About,

    /// <summary>Which cities have or lack an entry for an aspect, which city has most/fewest entries, one city's coverage.</summary>
    Coverage,

    /// <summary>What an abbreviation or term of the synopsis glossary means.</summary>
    Define,
}
