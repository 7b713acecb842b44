using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// Runs the official npm tools in tests/node (adaptivecards, adaptivecards-templating) as one node process per
/// batch. Tests call <see cref="SkipIfUnavailable"/> first: without node or <c>npm ci</c> they skip with a reason.
/// </summary>
internal static class NodeTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string?> NodeExecutable = new(FindNode);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string NodeDirectory => Path.Combine(RepoRoot, "tests", "node");

    public static void SkipIfUnavailable()
    {
        Skip.If(NodeExecutable.Value is null, "node ist nicht installiert: Prüfung mit den offiziellen Adaptive-Cards-Paketen übersprungen.");
        Skip.IfNot(
            Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "adaptivecards")),
            "tests/node/node_modules fehlt (cd tests/node && npm ci): Prüfung mit den offiziellen Adaptive-Cards-Paketen übersprungen.");
    }

    /// <summary>Validates cards with adaptivecards 3.0.6; returns the parser/validator messages per card name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Validate(IReadOnlyList<(string Name, JsonObject Card)> cards)
    {
        var input = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        var output = Run("validate-cards.js", input);
        return output.ToDictionary(
            r => r!["name"]!.GetValue<string>(),
            r => (IReadOnlyList<string>)[.. r!["messages"]!.AsArray().Select(m => m!.GetValue<string>())]);
    }

    /// <summary>Expands templates with adaptivecards-templating 2.3.1.</summary>
    public static IReadOnlyDictionary<string, (JsonNode? Card, string? Error)> Expand(IReadOnlyList<(string Name, JsonNode Template, JsonNode Data)> jobs)
    {
        var input = new JsonArray([.. jobs.Select(j => (JsonNode)new JsonObject { ["name"] = j.Name, ["template"] = j.Template.DeepClone(), ["data"] = j.Data.DeepClone() })]);
        var output = Run("expand-templates.js", input);
        return output.ToDictionary(r => r!["name"]!.GetValue<string>(), r => (r!["card"]?.DeepClone(), (string?)r["error"]?.GetValue<string>()));
    }

    /// <summary>
    /// Renders cards with the official renderer in Chromium at <paramref name="width"/> px; returns per card the texts
    /// that overflow and the words broken mid-word. With <paramref name="screenshotDirectory"/>, writes a PNG per card.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RenderAtWidth(IReadOnlyList<(string Name, JsonObject Card)> cards, int width, string? screenshotDirectory = null)
    {
        var input = new JsonObject
        {
            ["width"] = width,
            ["screenshotDir"] = screenshotDirectory,
            ["cards"] = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]),
        };
        var output = Run("check-narrow-cards.js", input);
        return output.ToDictionary(
            r => r!["name"]!.GetValue<string>(),
            r => (IReadOnlyList<string>)[.. r!["problems"]!.AsArray().Select(m => m!.GetValue<string>())]);
    }

    private static JsonArray Run(string script, JsonNode input)
    {
        var start = new ProcessStartInfo(NodeExecutable.Value!, script)
        {
            WorkingDirectory = NodeDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node konnte nicht gestartet werden");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} lief länger als {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"node {script} endete mit {process.ExitCode}: {stderr.Result}");
        return JsonNode.Parse(stdout.Result)!.AsArray();
    }

    private static string? FindNode()
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        return paths.Select(p => Path.Combine(p, OperatingSystem.IsWindows() ? "node.exe" : "node")).FirstOrDefault(File.Exists);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository-Wurzel (IntegrationBot.sln) nicht gefunden");
    }
}
