namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// How exactly a synopsis states its date. Offices often write „Stand: März 2026“; the bot repeats what the file says
/// and never invents a day („01.03.2026“ would be quoted as the editors' date).
/// </summary>
public enum DatePrecision
{
    /// <summary>„12.03.2026“.</summary>
    Day,

    /// <summary>„März 2026“, „03/2026“.</summary>
    Month,

    /// <summary>„2026“.</summary>
    Year,
}
