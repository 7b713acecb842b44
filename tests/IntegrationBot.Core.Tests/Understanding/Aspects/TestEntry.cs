using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>A cell of a made-up synopsis: one paragraph of text, not marked as examples.</summary>
internal static class TestEntry
{
    public static Entry Cell(Aspect aspect, City city, string text) => new(aspect, city, false, [new Paragraph(text)]);
}
