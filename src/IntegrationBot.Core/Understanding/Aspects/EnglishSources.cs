using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// How <see cref="AspectRanker"/> reads a question word as English. German and English stems meet ("Studenten" and
/// "students", "Senioren" and "seniors"), so a word is only read as English when <see cref="MayBeEnglish"/> says it may be.
/// </summary>
/// <param name="Usual">The usual German word of each concept an English word (or term, as a key) belongs to: it may name
/// an aspect like a field synonym.</param>
/// <param name="Related">The other German words of those concepts: like a general synonym, capped like one where the
/// synopsis holds the usual word, and at a cell word where they stand in for it.</param>
/// <param name="MayBeEnglish">Whether a question word may be English; terms of two or more words always may.</param>
/// <param name="General">German words of general English for a word the field glossary does not know, by the folded word
/// as typed: a translation counts like the typed word, but never names and never more than a cell word.</param>
public sealed record EnglishSources(
    Func<string, IEnumerable<string>> Usual,
    Func<string, IEnumerable<string>> Related,
    Func<Token, bool> MayBeEnglish,
    Func<string, IEnumerable<string>>? General = null)
{
    /// <summary>No English reading at all.</summary>
    public static EnglishSources None { get; } = new(static _ => [], static _ => [], static _ => false);
}
