namespace IntegrationBot.DirectLine.Local;

/// <summary>The per-conversation bounds, taken from the options when the conversation is created.</summary>
internal sealed record LocalConversationLimits(int MaxActivities, long MaxBytes, TimeSpan TokenLifetime)
{
    public static LocalConversationLimits From(DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LocalConversationLimits(options.MaxActivitiesPerConversation, options.MaxConversationBytes, options.TokenLifetime);
    }
}
