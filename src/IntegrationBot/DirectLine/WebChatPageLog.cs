namespace IntegrationBot.DirectLine;

internal static partial class WebChatPageLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The Web Chat page folder {Folder} is missing, so / serves no page. The build copies src/IntegrationBot/wwwroot there.")]
    public static partial void FolderMissing(ILogger logger, string folder);
}
