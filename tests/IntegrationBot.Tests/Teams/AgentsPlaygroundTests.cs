using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Manifest;

namespace IntegrationBot.Tests.Teams;

/// <summary>
/// Teams emulation with the Microsoft 365 Agents Playground: the built bot and the Playground run in a loopback-only
/// network namespace (the Playground phones home), driven through the Playground's own API by playground-driver.js.
/// </summary>
[Trait("Category", "Playground")]
public sealed class AgentsPlaygroundTests
{
    private const string SeedQuestion = "Wo ist Integration in Stuttgart angebunden?";
    private const string ChannelQuestion = "Wo ist Integration in Frankfurt angebunden?";
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    // The namespace is private to this run, so fixed ports from the range this suite owns (4100-4199) cannot collide.
    private const string BotPort = "4120";
    private const string PlaygroundPort = "4121";

    private static readonly string Driver = Path.Combine(NodeTooling.RepositoryRoot, "tests", "IntegrationBot.Tests", "Teams", "playground-driver.js");

    [SkippableFact]
    public async Task Teams_install_welcomes_once_per_scope_and_personal_and_channel_questions_get_answer_cards()
    {
        NodeTooling.SkipUnlessInstalled("@microsoft/m365agentsplayground", "playwright-core");
        SkipUnlessLoopbackNamespacesWork();

        var result = await RunDriverAsync();

        // The Playground shows text and card of one activity as two items: one welcome = one card.
        AssertOneWelcome(result["welcome"]!.AsArray());
        AssertOneWelcome(result["teamWelcome"]!.AsArray());
        Assert.Contains("Geschäftskreis des Oberbürgermeisters", SingleCard(result["answer"]!.AsArray()), StringComparison.Ordinal);
        // In the channel the bot was addressed with <at>…</at>; it answers in the message's thread.
        var channelAnswer = result["channelAnswer"]!.AsArray();
        Assert.Contains("Dezernat Integration", SingleCard(channelAnswer), StringComparison.Ordinal);
        var generalChannel = (string?)result["config"]!["teams"]![0]!["channels"]![0]!["id"];
        Assert.All(channelAnswer, message => Assert.StartsWith($"{generalChannel};messageid=", (string?)message!["conversationId"], StringComparison.Ordinal));
    }

    private static void AssertOneWelcome(JsonArray messages)
    {
        Assert.Single(messages, message => HasCard(message!));
        Assert.Contains(messages, message => ((string?)message!["text"] ?? string.Empty).Contains("Willkommen", StringComparison.Ordinal));
    }

    private static string SingleCard(JsonArray messages)
    {
        var card = Assert.Single(messages, message => HasCard(message!))!["attachments"]!.AsArray()
            .Single(attachment => (string?)attachment!["contentType"] == AdaptiveCard)!["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        return card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static bool HasCard(JsonNode message) =>
        message["attachments"]?.AsArray().Any(attachment => (string?)attachment!["contentType"] == AdaptiveCard) == true;

    private static void SkipUnlessLoopbackNamespacesWork()
    {
        Skip.If(NodeTooling.FindOnPath("unshare") is null, "unshare (util-linux) is not installed: the Playground must run without network access.");
        Skip.If(NodeTooling.FindOnPath("ip") is null, "ip (iproute2) is not installed: needed to bring up loopback in the network namespace.");
        var (exitCode, _, error) = RunAsync("unshare", ["-n", "sh", "-c", "ip link set lo up"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        Skip.If(exitCode != 0, $"Cannot create a network namespace here (needs root or CAP_SYS_ADMIN): {error.Trim()}");
    }

    private static async Task<JsonNode> RunDriverAsync()
    {
        var botDll = Path.Combine(AppContext.BaseDirectory, "IntegrationBot.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? NodeTooling.FindOnPath("dotnet") ?? "dotnet";
        var (exitCode, output, error) = await RunAsync(
            "unshare",
            ["-n", "sh", "-c", "ip link set lo up && exec \"$0\" \"$@\"", NodeTooling.NodeExecutable!, Driver, botDll, BotPort, PlaygroundPort, SeedQuestion, ChannelQuestion],
            TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["NODE_PATH"] = NodeTooling.NodeModules, ["DOTNET_HOST_PATH"] = dotnet });
        Assert.True(exitCode == 0, $"Playground driver failed ({exitCode}):\n{error}");
        return JsonNode.Parse(output) ?? throw new InvalidOperationException("The Playground driver printed nothing.");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string command, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = NodeTooling.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout}: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
