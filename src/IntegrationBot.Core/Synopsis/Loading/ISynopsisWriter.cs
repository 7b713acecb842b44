namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>Writes a synopsis in one format so that the matching loader reads back the same model (used by "synopsis convert").</summary>
public interface ISynopsisWriter
{
    /// <summary>File extensions this writer produces, lower case with the dot (".docx").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    void Write(SynopsisDocument document, string path);
}
