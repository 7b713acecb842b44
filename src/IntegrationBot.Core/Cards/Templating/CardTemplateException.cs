namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// A card template uses syntax or a function our engine does not support, or cannot be expanded with the given data.
/// Thrown at start-up (load) or in tests, never shown to users: it names the template and the expression.
/// </summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException(string template, string expression, string reason)
        : base($"Kartenvorlage '{template}', Ausdruck '{expression}': {reason}")
    {
        Template = template;
        Expression = expression;
        Reason = reason;
    }

    public CardTemplateException()
        : this("(unbekannt)", string.Empty, "unbekannter Fehler")
    {
    }

    public CardTemplateException(string message)
        : this("(unbekannt)", string.Empty, message)
    {
    }

    public CardTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Template = "(unbekannt)";
        Expression = string.Empty;
        Reason = message;
    }

    public string Template { get; }

    public string Expression { get; } = string.Empty;

    public string Reason { get; } = string.Empty;
}
