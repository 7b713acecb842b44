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
}
