namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>A lexicon data file is malformed; names the file, the 1-based line and the reason.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string file, int line, string reason)
        : base($"{file}, Zeile {line}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public LexiconFormatException()
        : this("(unbekannt)", 0, "unbekannter Fehler")
    {
    }

    public LexiconFormatException(string message)
        : this("(unbekannt)", 0, message)
    {
    }

    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unbekannt)";
        Reason = message;
    }

    public string File { get; }

    public int Line { get; }

    public string Reason { get; }
}
