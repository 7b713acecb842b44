namespace IntegrationBot.DirectLine.Local;

/// <summary>The bytes all local transcripts hold together, against the configured total budget.</summary>
internal sealed class TranscriptBudget(long maxTotalBytes)
{
    private long _used;

    public long MaxTotalBytes { get; } = maxTotalBytes;

    public long Used => Interlocked.Read(ref _used);

    public bool Exceeded => Used > MaxTotalBytes;

    public void Add(long bytes) => Interlocked.Add(ref _used, bytes);

    public void Release(long bytes) => Interlocked.Add(ref _used, -bytes);
}
