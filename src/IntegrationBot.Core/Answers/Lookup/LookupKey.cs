namespace IntegrationBot.Core.Answers.Lookup;

/// <summary>
/// What a lookup result shows, written into its key and read back when Teams asks for the selected item: an entry
/// (city × aspect) or an aspect across all cities. Plain names from the synopsis, so a key stays valid as long as the
/// synopsis has them.
/// </summary>
public sealed record LookupKey(string Aspect, string? City)
{
    private const char Separator = '\u001f';

    public override string ToString() => City is null ? Aspect : Aspect + Separator + City;

    public static LookupKey? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 1000)
        {
            return null;
        }

        var parts = key.Split(Separator);
        return parts.Length switch
        {
            1 => new LookupKey(parts[0], null),
            2 => new LookupKey(parts[0], parts[1]),
            _ => null,
        };
    }
}
