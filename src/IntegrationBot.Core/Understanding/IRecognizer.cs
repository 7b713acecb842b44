namespace IntegrationBot.Core.Understanding;

/// <summary>Turns a user's message (plus the previous turn's context) into a <see cref="RecognitionResult"/>.</summary>
public interface IRecognizer
{
    RecognitionResult Recognize(string text, ConversationContext context, DateTimeOffset now);
}
