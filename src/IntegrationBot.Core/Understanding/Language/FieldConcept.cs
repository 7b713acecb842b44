namespace IntegrationBot.Core.Understanding.Language;

/// <summary>One concept of the integration-work field: German words that mean it (first = the usual one) and English words for it.</summary>
public sealed record FieldConcept(IReadOnlyList<string> German, IReadOnlyList<string> English)
{
    public override string ToString() => string.Join("; ", German) + (English.Count == 0 ? string.Empty : " | en: " + string.Join("; ", English));
}
