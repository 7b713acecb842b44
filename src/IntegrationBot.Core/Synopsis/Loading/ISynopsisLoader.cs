namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>Reads one synopsis file of one format. Malformed input raises <see cref="SynopsisFormatException"/>.</summary>
public interface ISynopsisLoader
{
    /// <summary>File extensions this loader reads, lower case with the dot (".tsv").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    LoadedSynopsis Load(string path);
}
