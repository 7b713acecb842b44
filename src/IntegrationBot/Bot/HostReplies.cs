using IntegrationBot.Core.Answers;

namespace IntegrationBot.Bot;

/// <summary>The reply the host gives itself when even the answer service cannot answer.</summary>
public static class HostReplies
{
    /// <summary>Used only when even the answer service's own apology cannot be produced.</summary>
    public static Reply FallbackApology { get; } = new(
        "Entschuldigung, bei der Bearbeitung Ihrer Nachricht ist ein Fehler aufgetreten. Bitte versuchen Sie es noch einmal.",
        "Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.",
        Card: null);
}
