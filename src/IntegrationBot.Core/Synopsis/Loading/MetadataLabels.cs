namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// The German labels an office writes for <see cref="MetadataField"/>s, in one place for every format. Matching ignores
/// case and a trailing colon; the first label of each field is the one writers use.
/// </summary>
internal static class MetadataLabels
{
    private static readonly (MetadataField Field, string[] Labels)[] Known =
    [
        (MetadataField.Date, ["Stand", "Datum", "Stand der Daten"]),
        (MetadataField.Editor, ["Bearbeitung", "Bearbeiter", "Bearbeiterin", "Redaktion", "Erstellt von"]),
        (MetadataField.Organisation, ["Organisation", "Herausgeber", "Herausgeberin", "Dienststelle"]),
        (MetadataField.Source, ["Quelle", "Link", "Originaldokument"]),
        (MetadataField.Keywords, ["Stichworte", "Stichwörter", "Schlagworte", "Schlagwörter", "Suchbegriffe", "Synonyme"]),
        (MetadataField.Glossary, ["Glossar", "Abkürzungen", "Begriffe"]),
    ];

    /// <summary>Header words of a glossary's term column ("Begriff | Bedeutung").</summary>
    public static readonly string[] TermHeaders = ["Begriff", "Abkürzung", "Glossar", "Abkürzungen", "Begriffe"];

    /// <summary>Header words of a glossary's definition column.</summary>
    public static readonly string[] DefinitionHeaders = ["Bedeutung", "Erklärung", "Definition", "Erläuterung"];

    /// <summary>Header words of a metadata sheet's columns ("Angabe | Wert"), skipped when they form the first row.</summary>
    public static readonly string[] MetadataHeaders = ["Angabe", "Feld", "Metadaten", "Wert", "Inhalt"];

    /// <summary>Every label, for error messages.</summary>
    public static string KnownList => string.Join(", ", Known.Where(static k => k.Field is not MetadataField.Glossary).Select(static k => k.Labels[0]));

    /// <summary>The label writers use for a field ("Stand").</summary>
    public static string LabelOf(MetadataField field) => Known.First(k => k.Field == field).Labels[0];

    /// <summary>A cell or line that is only a label: "Stand", "Stand:", "STICHWORTE:".</summary>
    public static bool TryParseLabel(string text, out MetadataField field)
    {
        var label = text.Trim().TrimEnd(':').Trim();
        foreach (var (candidate, labels) in Known)
        {
            if (labels.Any(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>"Stand: 12.03.2026" → (Date, "12.03.2026"). Requires the colon; the value may be empty.</summary>
    public static bool TryParseLine(string text, out MetadataField field, out string value)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && TryParseLabel(text[..colon], out field))
        {
            value = text[(colon + 1)..].Trim();
            return true;
        }

        field = default;
        value = string.Empty;
        return false;
    }

    /// <summary>
    /// "Wort: …" at the start of a line whose word is no known label, as in a misspelt "Stnad: 12.03.2026": returns the
    /// word so that the reader can report it instead of dropping the line.
    /// </summary>
    public static bool LooksLikeLabel(string text, out string label)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        label = colon > 0 ? text[..colon].Trim() : string.Empty;
        return label.Length is > 0 and <= 30 && !label.Contains(' ', StringComparison.Ordinal) && label.All(char.IsLetter);
    }

    public static bool IsOneOf(string text, string[] words) =>
        words.Any(w => string.Equals(w, text.Trim().TrimEnd(':').Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Keywords of one cell or line: separated by ";", "," or line breaks; list dashes and bullets removed.</summary>
    public static IEnumerable<string> SplitKeywords(string text) =>
        text.Split([';', ',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(static k => k.TrimStart('-', '•', '*', '–').Trim())
            .Select(static k => SynopsisText.Normalize(k))
            .Where(static k => k.Length > 0);

    /// <summary>The provenance fields to write, labelled; shared by every writer so all formats say the same.</summary>
    public static IEnumerable<(MetadataField Field, string Value)> ProvenanceLines(SynopsisProvenance provenance)
    {
        if (provenance.DateText is { } date && !provenance.DateFromFileModification)
        {
            yield return (MetadataField.Date, date);
        }

        if (provenance.Editor is { } editor)
        {
            yield return (MetadataField.Editor, editor);
        }

        if (provenance.Organisation is { } organisation)
        {
            yield return (MetadataField.Organisation, organisation);
        }

        if (provenance.SourceUrl is { } source)
        {
            yield return (MetadataField.Source, source.OriginalString);
        }
    }
}
