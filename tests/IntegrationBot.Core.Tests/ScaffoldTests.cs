using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests;

public sealed class ScaffoldTests
{
    [Fact]
    public void Entry_plain_text_joins_blocks()
    {
        var entry = new Entry(new Aspect("A", 0), new City("X"), false, [new Paragraph("p"), new BulletList(["a", "b"])]);
        Assert.Equal("p\n• a\n• b", entry.PlainText);
    }
}
