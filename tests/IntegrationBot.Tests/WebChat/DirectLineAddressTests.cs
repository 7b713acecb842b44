using IntegrationBot.DirectLine.Azure;
using IntegrationBot.DirectLine.Local;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.WebChat;

public sealed class DirectLineAddressTests
{
    [Theory]
    [InlineData("https://directline.botframework.com", "https://directline.botframework.com/v3/directline")]
    [InlineData("https://europe.directline.botframework.com/", "https://europe.directline.botframework.com/v3/directline")]
    [InlineData("https://europe.directline.botframework.com/v3/directline", "https://europe.directline.botframework.com/v3/directline")]
    [InlineData("https://europe.directline.botframework.com/v3/directline/", "https://europe.directline.botframework.com/v3/directline")]
    public void The_direct_line_base_address_is_found_with_or_without_its_api_path(string configured, string expected)
    {
        Assert.Equal(expected, DirectLineAddress.Of(new Uri(configured)));
    }

    [Theory]
    [InlineData("""{"locale":"de-DE"}""", "de-DE")]
    [InlineData("""{"locale":"en"}""", "en")]
    [InlineData("""{"locale":"de-DE-x-<script>"}""", null)]
    [InlineData("""{"locale":42}""", null)]
    [InlineData("""{}""", null)]
    public void Only_a_language_tag_is_taken_as_the_clients_locale(string body, string? expected)
    {
        Assert.Equal(expected, ClientLocale.From(JObject.Parse(body)));
    }
}
