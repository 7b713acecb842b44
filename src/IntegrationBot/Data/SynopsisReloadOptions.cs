namespace IntegrationBot.Data;

/// <summary>"Synopsis:Reload": hot reload of the synopsis file(s) when they change on disk.</summary>
public sealed class SynopsisReloadOptions
{
    public const string SectionName = "Synopsis:Reload";

    public bool Enabled { get; set; } = true;

    /// <summary>Editors write a file in several steps; reload once the file has been quiet this long.</summary>
    public int DebounceMilliseconds { get; set; } = 500;
}
