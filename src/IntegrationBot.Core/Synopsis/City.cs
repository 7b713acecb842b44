namespace IntegrationBot.Core.Synopsis;

/// <summary>A city covered by the synopsis; <see cref="Name"/> is the canonical name exactly as in the data.</summary>
public sealed record City(string Name)
{
    public override string ToString() => Name;
}
