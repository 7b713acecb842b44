using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>Every card the answer service produces for the battery passes the Teams rules and the official validator.</summary>
[Trait("Category", "Node")]
public sealed class AnswerCardValidityTests
{
    [Theory]
    [MemberData(nameof(AnswerScenarios.Names), MemberType = typeof(AnswerScenarios))]
    public void Every_answer_passes_the_Teams_card_rules(string scenario)
    {
        var reply = AnswerScenarios.All[scenario]();

        Assert.Empty(TeamsCardRules.Check(reply));
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Every_answer_card_is_valid_for_the_official_adaptivecards_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var cards = AnswerScenarios.All.Select(s => (s.Key, s.Value().Card!)).ToList();

        var results = NodeTools.Validate(cards);

        Assert.Equal(cards.Count, results.Count);
        var failures = results.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Every_answer_card_expands_identically_with_the_official_templating_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var recorded = new List<(string Template, JsonObject Data)>();
        CardFixtures.Record(recorded);
        foreach (var scenario in AnswerScenarios.All.Values)
        {
            scenario();
        }

        var jobs = recorded.Select((r, i) => (Name: $"{i}:{r.Template}", Template: TemplateFiles.Template(r.Template), Data: (JsonNode)r.Data)).ToList();
        var official = NodeTools.Expand(jobs);

        var differences = recorded.Select((r, i) => (Job: jobs[i], Ours: CardFixtures.Templates[r.Template].Expand(r.Data)))
            .Where(x => !JsonNode.DeepEquals(x.Ours, official[x.Job.Name].Card))
            .Select(x => $"{x.Job.Name}: {official[x.Job.Name].Error ?? "JSON unterscheidet sich"}\n  unsere: {x.Ours.ToJsonString()}\n  offiziell: {official[x.Job.Name].Card?.ToJsonString()}")
            .Take(3)
            .ToList();
        Assert.True(recorded.Count >= AnswerScenarios.All.Count, "zu wenige Erweiterungen aufgezeichnet");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
