using IntegrationBot.Hosting;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Insights;

/// <summary>
/// Insights on the real host: switched on, three questions about Köln show up as „Köln: 3 Anfragen“ in the
/// <c>insights</c> command; nothing identifying a user or conversation is stored; switched off, nothing is written.
/// </summary>
public sealed class InsightsEndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task After_three_questions_about_Koeln_the_report_lists_Koeln_with_3_first()
    {
        await AskAsync(enabled: true, "Wie ist Integration in Köln angebunden?", "Was macht Köln für Geflüchtete?", "Zeig mir alles zu Köln", "Wie ist Integration in Bremen angebunden?");

        var (exitCode, report) = RunInsights("--since", "30d");

        Assert.Equal(0, exitCode);
        var lines = report.Split('\n').Select(l => l.Trim()).ToList();
        var heading = lines.FindIndex(l => l.StartsWith("Gefragte Städte, die die Synopse nicht enthält", StringComparison.Ordinal));
        Assert.True(heading >= 0, report);
        Assert.Equal("Köln: 3 Anfragen", lines[heading + 1]);
        Assert.Equal("Bremen: 1 Anfrage", lines[heading + 2]);
    }

    [Fact]
    public async Task Json_report_carries_the_same_counts()
    {
        await AskAsync(enabled: true, "Wie ist Integration in Köln angebunden?");

        var (exitCode, json) = RunInsights("--json");

        Assert.Equal(0, exitCode);
        var report = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var city = Assert.Single(report["unknownCity"]!.AsArray());
        Assert.Equal("Köln", (string?)city!["value"]);
        Assert.Equal(1, (long)city["count"]!);
    }

    [Fact]
    public async Task Stored_files_hold_no_user_conversation_or_question_text()
    {
        var conversation = await AskAsync(enabled: true, "Wie ist Integration in Köln angebunden?", "Wie viele Einwohner hat Stuttgart?");

        var stored = string.Join("\n", Directory.EnumerateFiles(_folder).Select(File.ReadAllText));
        Assert.Contains("Köln", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorActivities.UserId, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Einwohner", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_text_of_unanswered_questions_is_kept_only_with_its_own_switch_and_truncated()
    {
        var question = "Wie viele Einwohner hat Stuttgart? " + new string('x', 400);
        await AskAsync(enabled: true, new Dictionary<string, string?> { ["Insights:RecordQuestionText"] = "true", ["Insights:MaxQuestionLength"] = "60" }, question);

        var (_, report) = RunInsights();

        var kept = report.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Wie viele Einwohner", StringComparison.Ordinal));
        Assert.True(kept.Length <= 61, kept);
    }

    [Fact]
    public async Task Switched_off_by_default_nothing_is_written()
    {
        await AskAsync(enabled: false, "Wie ist Integration in Köln angebunden?");

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("--since", "gestern")]
    [InlineData("--since")]
    [InlineData("--Insights:RetentionDays", "0")]
    public void Report_command_refuses_bad_arguments_with_exit_code_2_and_a_reason(params string[] args)
    {
        var (exitCode, output) = RunInsights(args);

        Assert.Equal(2, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(output));
    }

    [Fact]
    public void Report_over_an_empty_store_says_there_is_nothing_yet()
    {
        var (exitCode, output) = RunInsights();

        Assert.Equal(0, exitCode);
        Assert.Contains("(keine)", output, StringComparison.Ordinal);
    }

    private Task<string> AskAsync(bool enabled, params string[] questions) => AskAsync(enabled, null, questions);

    private async Task<string> AskAsync(bool enabled, Dictionary<string, string?>? more, params string[] questions)
    {
        var settings = new Dictionary<string, string?> { ["Insights:Folder"] = _folder };
        if (enabled)
        {
            settings["Insights:Enabled"] = "true";
        }

        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        using (var factory = new BotApplicationFactory(settings: settings))
        {
            using var client = factory.CreateClient();
            foreach (var question in questions)
            {
                await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message(conversation, question));
            }

            if (factory.Services.GetService(typeof(IntegrationBot.Insights.InsightsRecordingAnswerService)) is IntegrationBot.Insights.InsightsRecordingAnswerService recorder)
            {
                await recorder.Flushed;
            }
        }

        return conversation;
    }

    private (int ExitCode, string Output) RunInsights(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.True(CommandLineVerbs.TryRun(["insights", .. args, "--Insights:Folder", _folder], output, error, out var exitCode));
        return (exitCode, output + error.ToString());
    }
}
