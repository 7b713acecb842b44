namespace IntegrationBot.State;

/// <summary>
/// The state store did not answer in time or is known to be down (circuit open). The turn goes on without its context;
/// nothing about the conversation may be concluded from it, least of all that its state should be deleted.
/// </summary>
public sealed class StateUnavailableException : Exception
{
    public StateUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StateUnavailableException(string message)
        : base(message)
    {
    }

    public StateUnavailableException()
        : this("The conversation state store is unavailable.")
    {
    }
}
