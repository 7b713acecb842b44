using IntegrationBot.Core.Answers;

namespace IntegrationBot.Bot;

/// <summary>The few replies the host gives itself, before or instead of the answer service.</summary>
public static class HostReplies
{
    /// <summary>For messages without a question (empty text, only an image, an unknown card click).</summary>
    public static Reply AskForQuestion { get; } = new(
        "Bitte stellen Sie mir eine Frage zur Integrationsarbeit der Städte, zum Beispiel: „Wo ist Integration in Stuttgart angebunden?“",
        "Bitte stellen Sie mir eine Frage, zum Beispiel: Wo ist Integration in Stuttgart angebunden?",
        Card: null);

    /// <summary>Used only when even the answer service's own apology cannot be produced.</summary>
    public static Reply FallbackApology { get; } = new(
        "Entschuldigung, bei der Bearbeitung Ihrer Nachricht ist ein Fehler aufgetreten. Bitte versuchen Sie es noch einmal.",
        "Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.",
        Card: null);
}
