namespace IntegrationBot.Core.Synopsis;

/// <summary>An abbreviation or term the synopsis file defines in its optional glossary („RAA“ → „Regionale Arbeitsstellen …“).</summary>
public sealed record GlossaryTerm(string Term, string Definition)
{
    public override string ToString() => $"{Term}: {Definition}";
}
