namespace IntegrationBot.Core.Understanding;

/// <summary>One reading offered for disambiguation: a label to show and the full question a click sends.</summary>
public sealed record Alternative(string Label, string Question, double Score);
