namespace IntegrationBot.Data;

/// <summary>"Synopsis:Reload": hot reload of the synopsis file(s) when they change on disk.</summary>
public sealed class SynopsisReloadOptions
{
    public const string SectionName = "Synopsis:Reload";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Editors write a file in several steps; reload once the file has been quiet this long, and only when its size and
    /// modification time were the same at two checks this far apart (a file still being written is not taken).
    /// </summary>
    public int DebounceMilliseconds { get; set; } = 500;

    /// <summary>
    /// An edit that loses more than this share of the aspects or of the cities in service is held back as suspicious (a
    /// truncated or half-copied file) until confirmed: create "&lt;synopsis file&gt;.confirm" next to it, or correct it.
    /// 1 switches the check off.
    /// </summary>
    public double MaxLossShare { get; set; } = 0.25;

    /// <summary>The suffix of the file whose creation confirms a held-back edit (docs/operations.md).</summary>
    public string ConfirmSuffix { get; set; } = ".confirm";
}
