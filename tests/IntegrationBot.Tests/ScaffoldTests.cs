using Microsoft.Bot.Builder;

namespace IntegrationBot.Tests;

public sealed class ScaffoldTests
{
    [Fact]
    public void Bot_framework_assemblies_load()
    {
        Assert.Equal("Microsoft.Bot.Builder", typeof(IBot).Assembly.GetName().Name);
    }
}
