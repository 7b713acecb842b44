using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Synopsis.Commands;
using IntegrationBot.Insights;
using IntegrationBot.Teams;

namespace IntegrationBot.Hosting;

/// <summary>
/// Verbs that run instead of the web host (<c>dotnet IntegrationBot.dll VERB …</c>): tools that use the same
/// build output, data and configuration as the bot, and exit with their own code.
/// </summary>
public static class CommandLineVerbs
{
    /// <returns>True when <paramref name="args"/> named a verb (it has run; <paramref name="exitCode"/> is its result).</returns>
    public static bool TryRun(string[] args, TextWriter output, TextWriter error, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verb = args.Length > 0 ? args[0] : null;
        var rest = args.Skip(1).ToArray();
        int? result = verb switch
        {
            "teams" => TeamsPackageCommandLine.Run(rest, output, error),
            "synopsis" => new SynopsisCommandLine().Run(args, output, error),
            EvaluationCommandLine.Verb => EvaluationCommandLine.Run(args, output),
            InsightsCommandLine.Verb => InsightsCommandLine.Run(rest, output, error),
            _ => null,
        };
        exitCode = result ?? 0;
        return result.HasValue;
    }
}
