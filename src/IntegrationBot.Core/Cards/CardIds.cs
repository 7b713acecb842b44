using System.Globalization;

namespace IntegrationBot.Core.Cards;

/// <summary>Element ids unique within one card (Action.ToggleVisibility targets them; duplicates are invalid).</summary>
public sealed class CardIds
{
    private int _next;

    public string Next(string prefix) => prefix + (++_next).ToString(CultureInfo.InvariantCulture);
}
