using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine.Local;

/// <summary>Direct Line's ResourceResponse: the id the posted activity got.</summary>
internal sealed record ResourceIdResponse([property: JsonPropertyName("id")] string Id);
