namespace IntegrationBot.Core.Export;

/// <summary>Which card an export rebuilds; each picks its columns (cities) and rows (aspects) like that card.</summary>
public enum ExportKind
{
    /// <summary>The named cities × the named aspects (all aspects when none is named).</summary>
    Comparison,

    /// <summary>One city × every aspect.</summary>
    Profile,

    /// <summary>The named aspects × every city that has an entry for one of them.</summary>
    Overview,
}
