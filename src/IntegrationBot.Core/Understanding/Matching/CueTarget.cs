using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Matching;

/// <summary>What a matched phrase stands for.</summary>
public enum CueTargetKind
{
    /// <summary>A place (covered city, gazetteer city or region); <see cref="CueTarget.Id"/> indexes the known places.</summary>
    Place,

    /// <summary>An organisation that stands for a place (only when the question is not a search).</summary>
    Organisation,

    /// <summary>An aspect of the synopsis; <see cref="CueTarget.Id"/> indexes the aspects.</summary>
    Aspect,

    /// <summary>A question pattern or small-talk cue (<see cref="CueTarget.Intent"/>).</summary>
    Intent,
}

/// <summary>
/// The payload of a phrase. <see cref="Shared"/> aspect cues occur in several aspects (e.g. "Orga"), so they hint
/// without deciding; <see cref="Title"/> cues come from the aspect titles of the data rather than the lexicon;
/// <see cref="Acronym"/> organisations were derived from an acronym in one city's entries, <see cref="Office"/> ones from an
/// office name there (a unit word and the topics of its name: the unit word stays a word of the question).
/// </summary>
public sealed record CueTarget(CueTargetKind Kind, int Id, CueKind Intent, double Weight, bool Shared = false, bool Title = false, bool Acronym = false, bool Office = false)
{
    public bool IsStrong => Weight >= LexiconPhrase.StrongWeight && !Shared;
}
