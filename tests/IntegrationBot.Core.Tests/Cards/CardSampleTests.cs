using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>The sample data committed next to each template (for the Adaptive Cards Designer) is what the bot produces now.</summary>
public sealed class CardSampleTests
{
    public static TheoryData<string> Templates() => [.. CardSamples.SampleScenario.Keys];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Committed_sample_data_is_what_the_answers_produce(string template)
    {
        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(CardFixtures.TemplateDirectory, $"{template}.data.json")));

        Assert.True(
            JsonNode.DeepEquals(committed, CardSamples.SampleData(template)),
            $"cards/{template}.data.json is out of date: run scripts/card-samples.sh.");
    }
}
