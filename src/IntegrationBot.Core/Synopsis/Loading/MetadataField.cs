namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>The optional facts a synopsis file may state besides its table (docs/synopsis-format.md).</summary>
internal enum MetadataField
{
    /// <summary>„Stand“: the date of the data.</summary>
    Date,

    /// <summary>„Bearbeitung“: who keeps the synopsis.</summary>
    Editor,

    /// <summary>„Organisation“ / „Herausgeber“: the body that publishes it.</summary>
    Organisation,

    /// <summary>„Quelle“: a link to the original document.</summary>
    Source,

    /// <summary>„Stichworte“: the office's keywords for one aspect.</summary>
    Keywords,

    /// <summary>„Glossar“: abbreviations and terms with their meaning.</summary>
    Glossary,
}
