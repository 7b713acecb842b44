using IntegrationBot.Core.Synopsis;
using Microsoft.Extensions.Primitives;

namespace IntegrationBot.Data;

/// <summary>
/// The synopsis currently in service. <see cref="Current"/> is always a complete, validated document: a reload replaces
/// it atomically, a broken edit never does. Consumers that derive state from it subscribe with <see cref="GetChangeToken"/>.
/// </summary>
public interface ISynopsisProvider
{
    SynopsisDocument Current { get; }

    /// <summary>When and from what the current document was loaded, and why the last reload (if any) was refused.</summary>
    SynopsisLoadStatus Status { get; }

    /// <summary>A token that fires once <see cref="Current"/> has been replaced by a newer document.</summary>
    IChangeToken GetChangeToken();
}
