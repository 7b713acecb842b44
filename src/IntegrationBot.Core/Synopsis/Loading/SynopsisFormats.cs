using IntegrationBot.Core.Synopsis.Formats.Tsv;

namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>The supported synopsis formats, in one place so loading and conversion offer the same list.</summary>
public static class SynopsisFormats
{
    public static IReadOnlyList<ISynopsisLoader> Loaders() => [new TsvSynopsisParser()];
}
