namespace IntegrationBot.Core.Synopsis;

/// <summary>Configuration section "Synopsis": which file(s) hold the synopsis. Relative paths are resolved against the
/// application's content root (AppContext.BaseDirectory), never the working directory.</summary>
public sealed class SynopsisOptions
{
    public const string SectionName = "Synopsis";

    /// <summary>One synopsis file (.tsv, .docx, .xlsx, .csv). Used when <see cref="Paths"/> is empty.</summary>
    public string Path { get; set; } = "data/synopsis.tsv";

    /// <summary>Several synopsis files, merged in this order; a city and aspect present twice is a reported conflict.</summary>
    public IList<string> Paths { get; } = [];

    /// <summary>The files to load: <see cref="Paths"/> when set, otherwise <see cref="Path"/>.</summary>
    public IReadOnlyList<string> EffectivePaths =>
        Paths.Where(static p => !string.IsNullOrWhiteSpace(p)).ToArray() is { Length: > 0 } paths ? paths : [Path];
}
