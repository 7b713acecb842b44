using IntegrationBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IntegrationBot.Tests.Hosting;

public sealed class DefaultAddressTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("URLS", "http://+:80")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000")]
    public void An_address_from_the_environment_wins_over_the_default(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.True(DefaultAddressExtensions.IsAddressConfigured(configuration));
    }

    [Fact]
    public void Without_any_address_setting_the_bot_uses_its_customary_port()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Logging:LogLevel:Default", "Information"), new("urls", " ")]).Build();

        Assert.False(DefaultAddressExtensions.IsAddressConfigured(configuration));
        Assert.Equal("http://localhost:3978", DefaultAddressExtensions.DefaultAddress);
    }
}
