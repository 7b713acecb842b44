namespace IntegrationBot.Tests.Edges;

/// <summary>
/// Sets ASPNETCORE_FORWARDEDHEADERS_ENABLED=true for one test (the usual container setting) and restores it; the
/// collection keeps the tests that read the process environment from running alongside each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ForwardedHeadersEnvironment : IDisposable
{
    public const string Name = "Process environment";
    private const string Variable = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";
    private readonly string? _previous = Environment.GetEnvironmentVariable(Variable);

    private ForwardedHeadersEnvironment() => Environment.SetEnvironmentVariable(Variable, "true");

    public static ForwardedHeadersEnvironment Enable() => new();

    public void Dispose() => Environment.SetEnvironmentVariable(Variable, _previous);
}
