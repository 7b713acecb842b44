using System.Diagnostics;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// Makes sure the Web Chat bundle (git-ignored, fetched by scripts/fetch-webchat.sh) is next to the test app, fetching it
/// if needed; returns why not when it cannot be had, so browser tests skip with that reason.
/// </summary>
internal static class WebChatBundle
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string OutputPath => Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "webchat.js");

    public static async Task<string?> EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(OutputPath))
            {
                return null;
            }

            var repo = RepositoryRoot();
            if (repo is null)
            {
                return "The Web Chat bundle is missing and the repository (for scripts/fetch-webchat.sh) was not found.";
            }

            var source = Path.Combine(repo, "src", "IntegrationBot", "wwwroot", "lib", "webchat.js");
            if (!File.Exists(source))
            {
                var failure = await RunFetchScriptAsync(repo);
                if (failure is not null)
                {
                    return failure;
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(OutputPath)!);
            File.Copy(source, OutputPath, overwrite: true);
            return null;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string?> RunFetchScriptAsync(string repo)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repo, "scripts", "fetch-webchat.sh")])
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0
                ? null
                : $"The Web Chat bundle is missing and scripts/fetch-webchat.sh failed ({process.ExitCode}): {await error}{await output}";
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return $"The Web Chat bundle is missing and scripts/fetch-webchat.sh could not run: {exception.Message}";
        }
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationBot.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
