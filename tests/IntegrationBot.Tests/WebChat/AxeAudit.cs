using System.Text.Json;
using IntegrationBot.Tests.Manifest;
using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// axe-core (pinned in tests/node/package.json, loaded from node_modules, never from a CDN) run in the page or in a
/// frame with the WCAG 2.0/2.1 A and AA rules, the level BITV 2.0 requires. The script is evaluated through the
/// DevTools protocol, so the page's own Content-Security-Policy (script-src 'self') stays exactly as served.
/// </summary>
internal static class AxeAudit
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string?> Script = new(() =>
    {
        var path = Path.Combine(NodeTooling.NodeModules, "axe-core", "axe.min.js");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    });

    /// <summary>Skips when axe-core is not installed (run `npm ci` in tests/node); under CI it must be there.</summary>
    public static void SkipUnlessInstalled()
    {
        if (Script.Value is null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            Assert.Fail("axe-core is missing: run `npm ci` in tests/node.");
        }

        Skip.If(Script.Value is null, "axe-core is missing: run `npm ci` in tests/node.");
    }

    /// <summary>The violations as readable lines ("rule (impact): target – summary"); empty when there are none.</summary>
    public static Task<IReadOnlyList<string>> RunAsync(IPage page) => RunAsync(page.MainFrame);

    public static async Task<IReadOnlyList<string>> RunAsync(IFrame frame)
    {
        await frame.EvaluateAsync(Script.Value!);
        var json = await frame.EvaluateAsync<string>(
            """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.flatMap(v => v.nodes.map(n =>
                `${v.id} (${v.impact}): ${n.target.join(' ')} – ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300)}`)));
            }
            """,
            Tags);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }

    /// <summary>The number of rules axe checked and passed, so a table of results can show what "0 violations" covers.</summary>
    public static async Task<int> PassedRulesAsync(IFrame frame)
    {
        await frame.EvaluateAsync(Script.Value!);
        return await frame.EvaluateAsync<int>(
            "async (tags) => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['passes'] })).passes.length",
            Tags);
    }
}
