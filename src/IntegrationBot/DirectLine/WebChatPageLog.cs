namespace IntegrationBot.DirectLine;

internal static partial class WebChatPageLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The Web Chat page folder {Folder} is missing, so / serves no page. The build copies src/IntegrationBot/wwwroot there.")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A MicrosoftAppId is configured, so the local Direct Line is off and the Web Chat page cannot connect. Use DirectLine:Mode=Azure, or DirectLine:LocalEnabled=true with DirectLine:LocalTokenSecret (docs/security.md).")]
    public static partial void LocalDirectLineOff(ILogger logger);
}
