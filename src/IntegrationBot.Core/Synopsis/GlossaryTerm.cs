namespace IntegrationBot.Core.Synopsis;

/// <summary>An abbreviation or term the synopsis file defines in its optional glossary („RAA“ → „Regionale Arbeitsstelle …“).</summary>
public sealed record GlossaryTerm(string Term, string Definition);
