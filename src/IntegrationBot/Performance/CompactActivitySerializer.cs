using System.Reflection;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace IntegrationBot.Performance;

/// <summary>
/// The SDK's HTTP serializer settings (<see cref="HttpHelper.BotMessageSerializerSettings"/>) minus two costs that
/// change nothing in the JSON a client parses: indentation, and the deep copy of every attachment's content.
/// </summary>
internal static class CompactActivitySerializer
{
    public static JsonSerializer Instance { get; } = Create();

    private static JsonSerializer Create()
    {
        var sdk = HttpHelper.BotMessageSerializerSettings;
        return JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = sdk.NullValueHandling,
            Formatting = Formatting.None,
            DateFormatHandling = sdk.DateFormatHandling,
            DateTimeZoneHandling = sdk.DateTimeZoneHandling,
            ReferenceLoopHandling = sdk.ReferenceLoopHandling,
            ContractResolver = new ContractResolver(),
            Converters = [.. sdk.Converters],
            MaxDepth = sdk.MaxDepth,
        });
    }

    /// <summary>
    /// Same contracts as the SDK's <see cref="ReadOnlyJsonContractResolver"/>, with its per-call reflection decided
    /// once per property, and a shortcut for attachment content that is already a JSON token.
    /// </summary>
    private sealed class ContractResolver : ReadOnlyJsonContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member is PropertyInfo info)
            {
                // The SDK's predicate ignores the instance: evaluate it once instead of on every serialisation.
                var serialize = (info.SetMethod is { IsPrivate: false, IsFamily: false }) || (info.GetMethod?.IsStatic ?? false);
                property.ShouldSerialize = serialize ? null : static _ => false;
            }

            if (property.DeclaringType == typeof(Attachment) && property.UnderlyingName == nameof(Attachment.Content) && property.Converter is { } sdkConverter)
            {
                property.Converter = new TokenContentConverter(sdkConverter);
            }

            return property;
        }
    }

    /// <summary>
    /// Attachment.Content carries the SDK's memory-stream converter, which walks the content by reflection and writes
    /// a deep copy (JToken.FromObject). A JToken (an Adaptive Card) has no memory stream and is written as it is.
    /// </summary>
    private sealed class TokenContentConverter(JsonConverter sdkConverter) : JsonConverter
    {
        public override bool CanConvert(Type objectType) => sdkConverter.CanConvert(objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            sdkConverter.ReadJson(reader, objectType, existingValue, serializer);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken token)
            {
                token.WriteTo(writer);
                return;
            }

            sdkConverter.WriteJson(writer, value, serializer);
        }
    }
}
