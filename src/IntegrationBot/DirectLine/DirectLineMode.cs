namespace IntegrationBot.DirectLine;

/// <summary>Where the Web Chat page gets its Direct Line connection from.</summary>
public enum DirectLineMode
{
    /// <summary>The bot itself serves the Direct Line 3.0 polling endpoints: no Azure, no internet needed.</summary>
    Local,

    /// <summary>The Azure Bot Service Direct Line channel; the bot only exchanges its secret for a conversation token.</summary>
    Azure,
}
