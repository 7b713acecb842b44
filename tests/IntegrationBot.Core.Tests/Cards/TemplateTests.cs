using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>Each template in cards/ with its sample data: expands, passes the Teams rules, is valid, and matches the official SDK.</summary>
[Trait("Category", "Node")]
public sealed class TemplateTests
{
    [Theory]
    [MemberData(nameof(TemplateFiles.TheoryNames), MemberType = typeof(TemplateFiles))]
    public void Template_expands_its_sample_data_and_passes_the_Teams_rules(string template)
    {
        Assert.True(TemplateFiles.HasSampleData(template), $"cards/{template}.data.json fehlt (die Beispieldaten für den Designer)");

        var card = CardFixtures.Templates[template].Expand(TemplateFiles.SampleData(template));

        Assert.Empty(TeamsCardRules.Check(card));
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Template_samples_are_valid_for_the_official_adaptivecards_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var cards = TemplateFiles.Names.Select(n => (n, CardFixtures.Templates[n].Expand(TemplateFiles.SampleData(n)))).ToList();

        var results = NodeTools.Validate(cards);

        var failures = results.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Templates_expand_identically_to_the_official_templating_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var jobs = TemplateFiles.Names.Select(n => (n, TemplateFiles.Template(n), TemplateFiles.SampleData(n))).ToList();

        var official = NodeTools.Expand(jobs);

        Assert.Equal(jobs.Count, official.Count);
        foreach (var name in TemplateFiles.Names)
        {
            var ours = CardFixtures.Templates[name].Expand(TemplateFiles.SampleData(name));
            Assert.True(official[name].Error is null, $"{name}: offizielles SDK meldet {official[name].Error}");
            Assert.True(JsonNode.DeepEquals(ours, official[name].Card), $"{name}:\nunsere:    {ours.ToJsonString()}\noffiziell: {official[name].Card?.ToJsonString()}");
        }
    }
}
