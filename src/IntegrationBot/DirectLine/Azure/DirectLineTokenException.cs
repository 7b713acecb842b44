namespace IntegrationBot.DirectLine.Azure;

/// <summary>The Direct Line token service could not give us a token; the page gets a 502 with a German message.</summary>
public sealed class DirectLineTokenException : Exception
{
    public DirectLineTokenException()
    {
    }

    public DirectLineTokenException(string message)
        : base(message)
    {
    }

    public DirectLineTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
