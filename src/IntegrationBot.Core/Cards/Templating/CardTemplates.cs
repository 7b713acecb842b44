namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// All card templates of a directory (<c>cards/</c>), loaded and validated once at start-up. A template file is
/// <c>&lt;name&gt;.json</c>; its sample data <c>&lt;name&gt;.data.json</c> (for the Designer and the tests) is skipped here.
/// </summary>
public sealed class CardTemplates
{
    private const string SampleDataSuffix = ".data.json";

    private readonly IReadOnlyDictionary<string, CardTemplate> _templates;

    private CardTemplates(IReadOnlyDictionary<string, CardTemplate> templates) => _templates = templates;

    public IReadOnlyCollection<string> Names => [.. _templates.Keys];

    /// <summary>Loads every template of <paramref name="directory"/>; the host passes <c>AppContext.BaseDirectory/cards</c>.</summary>
    public static CardTemplates Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new CardTemplateException(directory, string.Empty, "Verzeichnis der Kartenvorlagen nicht gefunden");
        }

        var templates = Directory.EnumerateFiles(directory, "*.json")
            .Where(path => !path.EndsWith(SampleDataSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(path => CardTemplate.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        return new CardTemplates(templates);
    }

    public static CardTemplates From(IEnumerable<CardTemplate> templates) =>
        new(templates.ToDictionary(t => t.Name, StringComparer.Ordinal));

    public CardTemplate this[string name] => _templates.TryGetValue(name, out var template)
        ? template
        : throw new CardTemplateException(name, string.Empty, "Kartenvorlage fehlt im Verzeichnis cards/");

    /// <summary>Fails at start-up, not on the first question, when a template a composer needs is missing.</summary>
    public void Require(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            _ = this[name];
        }
    }
}
