namespace IntegrationBot.Core.Understanding;

/// <summary>What the user wants. Names are part of the recognition trace contract (docs/understanding.md, "Recognition trace contract").</summary>
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
}
