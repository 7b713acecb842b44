using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Tsv;

/// <summary>
/// Reads one HTML cell of the seed format with a real HTML parser and feeds its structure to an
/// <see cref="EntryContentBuilder"/>: &lt;u&gt;City:&lt;/u&gt; starts a city, an underlined text standing alone in its block
/// ("Zusammenfassung") is a sub-heading, &lt;p&gt; is a paragraph, &lt;ul&gt; text is a " - "-separated list
/// (the seed never closes its lists, so a later &lt;p&gt; nested inside a &lt;ul&gt; ends the list), &lt;li&gt; is one item.
/// </summary>
internal sealed class HtmlCellReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "td", "th",
    };

    private readonly EntryContentBuilder _builder;

    private HtmlCellReader(EntryContentBuilder builder)
    {
        _builder = builder;
    }

    private enum Mode
    {
        Paragraph,
        List,
        ListItem,
    }

    public static IReadOnlyList<CellEntry> Read(string html, SourceLocation location, HtmlParser parser)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(parser);
        var context = parser.ParseDocument(string.Empty).Body!;
        var nodes = parser.ParseFragment(html, context);
        var reader = new HtmlCellReader(new EntryContentBuilder(location));
        foreach (var node in nodes.ToArray())
        {
            reader.Visit(node, Mode.Paragraph);
        }

        return reader._builder.Finish();
    }

    private void Visit(INode node, Mode mode)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data, mode);
                break;
            case IElement element:
                VisitElement(element, mode);
                break;
            default:
                // Comments and processing instructions carry no synopsis text.
                break;
        }
    }

    private void VisitElement(IElement element, Mode mode)
    {
        switch (element.LocalName)
        {
            case "u":
                VisitUnderline(element, mode);
                break;
            case "ul" or "ol":
                _builder.EndList();
                VisitChildren(element, Mode.List);
                _builder.EndList();
                break;
            case "li":
                _builder.EndBlock();
                VisitChildren(element, Mode.ListItem);
                _builder.EndBlock();
                break;
            case "b" or "strong":
                VisitBold(element, mode);
                break;
            case "br":
                Append(" ", mode);
                break;
            case "script" or "style":
                break;
            default:
                if (BlockElements.Contains(element.LocalName))
                {
                    _builder.EndList();
                    VisitChildren(element, Mode.Paragraph);
                    _builder.EndList();
                }
                else
                {
                    VisitChildren(element, mode);
                }

                break;
        }
    }

    private void VisitChildren(INode parent, Mode mode)
    {
        // Copy first: a colon after a marker is consumed by editing the following text node.
        foreach (var child in parent.ChildNodes.ToArray())
        {
            Visit(child, mode);
        }
    }

    private void VisitUnderline(IElement underline, Mode mode)
    {
        var text = SynopsisText.Normalize(underline.TextContent);
        if (CityMarker.IsMarkerText(text))
        {
            _builder.StartCity(text);
            return;
        }

        // "<u>Bielefeld</u>: …" — the colon slipped out of the underline.
        if (text.Length > 0 && underline.NextSibling is IText next && next.Data.TrimStart().StartsWith(':'))
        {
            next.Data = next.Data.TrimStart()[1..];
            _builder.StartCity(text + ":");
            return;
        }

        if (text.Length > 0 && StandsAlone(underline))
        {
            _builder.AddSubheading(text);
            return;
        }

        VisitChildren(underline, mode);
    }

    /// <summary>Bold text alone in its block is a sub-heading (also one ending in a colon: only underline marks cities).</summary>
    private void VisitBold(IElement bold, Mode mode)
    {
        var text = SynopsisText.Normalize(bold.TextContent);
        var wrapsMarker = CityMarker.IsMarkerText(text) && bold.QuerySelector("u") is not null;
        if (text.Length > 0 && !wrapsMarker && StandsAlone(bold))
        {
            _builder.AddSubheading(text);
            return;
        }

        VisitChildren(bold, mode);
    }

    private void Append(string text, Mode mode)
    {
        switch (mode)
        {
            case Mode.List:
                _builder.AppendListText(text);
                break;
            case Mode.ListItem:
                _builder.AppendListItemText(text);
                break;
            default:
                _builder.AppendParagraphText(text);
                break;
        }
    }

    /// <summary>True when nothing but white space shares the node's block, e.g. &lt;p&gt;&lt;u&gt;Zusammenfassung&lt;/u&gt;&lt;/p&gt;.</summary>
    private static bool StandsAlone(INode node)
    {
        var current = node;
        while (current.Parent is { } parent)
        {
            foreach (var sibling in parent.ChildNodes)
            {
                if (ReferenceEquals(sibling, current))
                {
                    continue;
                }

                var isBlock = sibling is IElement element && BlockElements.Contains(element.LocalName);
                if (!isBlock && !string.IsNullOrWhiteSpace(sibling.TextContent))
                {
                    return false;
                }
            }

            if (parent is IElement parentElement && BlockElements.Contains(parentElement.LocalName))
            {
                return true;
            }

            current = parent;
        }

        return true;
    }
}
