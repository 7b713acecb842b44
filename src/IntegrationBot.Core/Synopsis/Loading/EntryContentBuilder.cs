using System.Text;

namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// Turns a stream of cell events (city markers, sub-headings, paragraph text, list text, list items) into content
/// blocks per city. Every format's reader (HTML cell, Word cell, plain text cell) feeds it, so all formats share the
/// same rules: text before the first city marker is an error, never dropped; a city marker ends the previous city.
/// </summary>
internal sealed class EntryContentBuilder
{
    private readonly SourceLocation _location;
    private readonly List<CellEntry> _entries = [];
    private readonly StringBuilder _text = new();
    private readonly List<string> _items = [];
    private TextKind _kind = TextKind.Paragraph;
    private CityMarker? _city;
    private List<ContentBlock> _blocks = [];

    /// <param name="location">Where the cell is, for error messages.</param>
    /// <param name="city">The cell's city when a header names it; null when the cell carries "City:" markers.</param>
    public EntryContentBuilder(SourceLocation location, CityMarker? city = null)
    {
        _location = location;
        _city = city;
    }

    private enum TextKind
    {
        Paragraph,
        ListText,
        ListItem,
    }

    /// <summary>True when no city is known yet: a marker must come first.</summary>
    public bool ExpectsMarker => _city is null;

    public void StartCity(string markerText)
    {
        EndList();
        var marker = CityMarker.Parse(markerText);
        if (marker.Name.Length == 0)
        {
            throw _location.Error($"Leere Stadtangabe „{SynopsisText.Normalize(markerText)}“: vor dem Doppelpunkt fehlt der Name der Stadt.");
        }

        FinishCity();
        _city = marker;
        _blocks = [];
    }

    public void AddSubheading(string text)
    {
        EndList();
        var heading = SynopsisText.Normalize(text);
        if (heading.Length == 0)
        {
            return;
        }

        RequireCity(heading);
        _blocks.Add(new Subheading(heading));
    }

    public void AppendParagraphText(string text) => Append(TextKind.Paragraph, text);

    /// <summary>Running list text whose items are separated by " - " (see <see cref="BulletItemSplitter"/>).</summary>
    public void AppendListText(string text) => Append(TextKind.ListText, text);

    /// <summary>Text of one explicit list item; call <see cref="EndBlock"/> after each item.</summary>
    public void AppendListItemText(string text) => Append(TextKind.ListItem, text);

    /// <summary>Ends the current paragraph or list item.</summary>
    public void EndBlock()
    {
        var raw = _text.ToString();
        _text.Clear();
        var text = SynopsisText.Normalize(raw);
        if (text.Length == 0)
        {
            return;
        }

        RequireCity(text);
        switch (_kind)
        {
            case TextKind.Paragraph:
                FlushItems();
                AddParagraph(text);
                break;
            case TextKind.ListText:
                _items.AddRange(BulletItemSplitter.Split(text));
                break;
            case TextKind.ListItem:
                var item = BulletItemSplitter.CleanItem(text);
                if (item.Length > 0)
                {
                    _items.Add(item);
                }

                break;
        }
    }

    /// <summary>Ends the current block and closes an open list.</summary>
    public void EndList()
    {
        EndBlock();
        FlushItems();
    }

    public IReadOnlyList<CellEntry> Finish()
    {
        EndList();
        FinishCity();
        return _entries;
    }

    private void Append(TextKind kind, string text)
    {
        if (kind != _kind)
        {
            EndBlock();
            if (kind == TextKind.Paragraph)
            {
                FlushItems();
            }

            _kind = kind;
        }

        _text.Append(text);
    }

    private void AddParagraph(string text)
    {
        // A header-shaped cell may start with "z.B.:" to flag its entry as examples only.
        if (_blocks.Count == 0 && _city is { ExamplesOnly: false } city && CityMarker.TryStripExamplesPrefix(text, out var rest))
        {
            _city = city with { ExamplesOnly = true };
            text = rest;
            if (text.Length == 0)
            {
                return;
            }
        }

        _blocks.Add(new Paragraph(text));
    }

    private void FlushItems()
    {
        if (_items.Count == 0)
        {
            return;
        }

        _blocks.Add(new BulletList([.. _items]));
        _items.Clear();
    }

    private void RequireCity(string text)
    {
        if (_city is null)
        {
            var excerpt = text.Length > 60 ? text[..60] + "…" : text;
            throw _location.Error($"Text vor der ersten Stadtangabe: „{excerpt}“. Jede Zelle muss mit einer unterstrichenen Stadt wie „Musterstadt:“ beginnen.");
        }
    }

    private void FinishCity()
    {
        if (_city is { } city)
        {
            _entries.Add(new CellEntry(city, [.. _blocks]));
        }
    }
}
