using System.Diagnostics;

namespace IntegrationBot.Tests.Manifest;

/// <summary>
/// Runs the official npm tools (installed by `npm ci` in tests/node) through node. Tests that need them skip with
/// a clear message when node or the packages are missing; CI installs both, so there they really run.
/// </summary>
internal static class NodeTooling
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string NodeModules => Path.Combine(RepositoryRoot, "tests", "node", "node_modules");

    public static string? NodeExecutable { get; } = FindOnPath("node");

    /// <summary>Skips the calling test unless node and the named packages are installed.</summary>
    public static void SkipUnlessInstalled(params string[] packages)
    {
        Skip.If(NodeExecutable is null, "node is not installed (needed to run the official npm validators).");
        foreach (var package in packages)
        {
            Skip.IfNot(
                Directory.Exists(Path.Combine(NodeModules, package)),
                $"npm package {package} is missing: run `npm ci` in tests/node.");
        }
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(NodeExecutable ?? "node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = NodeModules;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"IntegrationBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
