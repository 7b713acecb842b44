using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// How much a text speaks for one aspect: the summed evidence of its words, and whether a word named the aspect
/// (a specific word of its title or of the office's keywords) rather than only occurring in its cells.
/// </summary>
public sealed record RankedAspect(Aspect Aspect, double Score, bool Named);
