namespace IntegrationBot.Core.Export;

/// <summary>An export link that names something the synopsis lacks or breaks the rules of its card kind.</summary>
public sealed class ExportRequestException : Exception
{
    public ExportRequestException()
    {
    }

    public ExportRequestException(string message)
        : base(message)
    {
    }

    public ExportRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
