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

    /// <summary>
    /// Questions for a number or measure ("wie viele", "wie viel", "how many"): out of scope as statistics ("Wie viele
    /// Einwohner …"), but answered by an aspect whose title or keywords hold the thing counted ("Wie viele Stellen …" with
    /// a staffing aspect).
    /// </summary>
    Quantity,

    /// <summary>
    /// Questions for the size of the staff ("Wie viele Leute arbeiten im Integrationsbüro?", "Wie groß ist die Stabsstelle?",
    /// "How many people work …"): what is counted is the staff, whatever word the question uses for it, so the aspect whose
    /// cells count staff ("4,5 Stellen", "3 VZÄ") answers. Like a quantity cue, it refuses when no aspect counts staff.
    /// </summary>
    Staff,

    /// <summary>
    /// Word parts of the synopsis' field ("integr", "migra", "ehrenamt", "monitoring"), matched inside compounds: a search
    /// question about such a word is a search even when nothing is found; one about "Zoo" or "Hafen" is not.
    /// </summary>
    Domain,
    /// <summary>
    /// Words that join two topics ("und", "sowie"): "Wohnen und Sport in Gießen" asks for two aspects, one per part.
    /// </summary>
    Conjunction,
    /// <summary>
    /// The field's general words for the people it serves ("Geflüchtete", "Migranten", "Zugewanderte"): in a title beside
    /// other words they say for whom the aspect is, not what it is about.
    /// </summary>
    TargetGroup,
    /// <summary>
    /// Words for an administrative unit ("Amt", "Büro", "Stabsstelle", "Referat"), also as a compound's head
    /// ("Integrationsbüro"): followed by the topics of its name in one city's cells, they name that city's office.
    /// </summary>
    Unit,
}
