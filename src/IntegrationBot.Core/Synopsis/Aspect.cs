namespace IntegrationBot.Core.Synopsis;

/// <summary>A row of the synopsis; <see cref="Title"/> is exactly as in the data, <see cref="Order"/> its position in the file.</summary>
public sealed record Aspect(string Title, int Order)
{
    public override string ToString() => Title;
}
