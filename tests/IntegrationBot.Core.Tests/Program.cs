using IntegrationBot.Core.Tests.Cards;

namespace IntegrationBot.Core.Tests;

/// <summary>
/// <c>dotnet run --project tests/IntegrationBot.Core.Tests -- card-samples</c> rewrites the cards' sample data and the
/// catalogue cards from the answer battery (see scripts/card-samples.sh). The test runner does not use this entry point.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["card-samples"])
        {
            CardSamples.Write(NodeTools.RepoRoot, Console.Out);
            return 0;
        }

        Console.Error.WriteLine("Usage: dotnet run --project tests/IntegrationBot.Core.Tests -- card-samples");
        return 2;
    }
}
