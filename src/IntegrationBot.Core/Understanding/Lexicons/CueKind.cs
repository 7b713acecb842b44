namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>The question patterns and small-talk cues of data/lexicon/intents.txt.</summary>
public enum CueKind
{
    Greeting,
    Thanks,
    Goodbye,
    Help,
    ListCities,
    ListAspects,
    Search,
    Where,
    Overview,
    AllCities,
    FollowUp,
    AddCities,
    Compare,
    OutOfScope,
    Filler,
    PlacePreposition,
    Article,
    PickWord,

    /// <summary>
    /// Persons and offices ("Dezernent", "Integrationsbeauftragte", "Oberbürgermeister"): a bare who-is question about them is
    /// out of scope, but with an aspect asked for they only name the unit the question is about.
    /// </summary>
    Person,
}
