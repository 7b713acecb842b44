namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>A scratch directory per test class, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("synopsis-tests-").FullName;

    public string File(string name) => Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
