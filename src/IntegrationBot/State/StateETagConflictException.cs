namespace IntegrationBot.State;

/// <summary>A write carried an ETag that no longer matches the stored item: someone else changed it first.</summary>
public sealed class StateETagConflictException : Exception
{
    public StateETagConflictException(string key)
        : base($"ETag conflict on state key '{key}': the item was changed by another writer.")
    {
        Key = key;
    }

    public StateETagConflictException()
        : this(string.Empty)
    {
    }

    public StateETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    public string Key { get; }
}
