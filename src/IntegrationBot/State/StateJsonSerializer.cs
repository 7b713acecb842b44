using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace IntegrationBot.State;

/// <summary>
/// Serialises state the way the SDK's MemoryStorage does (type names included, so state objects come back as their own
/// types), but only binds types from an allow-list of assemblies: state read from a shared store must not be able to
/// name arbitrary .NET types.
/// </summary>
internal static partial class StateJsonSerializer
{
    public static JsonSerializer Create() => JsonSerializer.Create(new JsonSerializerSettings
    {
        // Objects, not All: collections stay plain JSON arrays, so an IReadOnlyList<T> built by a collection expression
        // (a compiler-generated type) reads back as a List<T> instead of failing on an uncreatable type name.
        TypeNameHandling = TypeNameHandling.Objects,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
        SerializationBinder = new AllowListBinder(),
    });

    private sealed partial class AllowListBinder : DefaultSerializationBinder
    {
        private static readonly string[] AllowedAssemblyPrefixes =
        [
            "System.Private.CoreLib", "mscorlib", "System.Collections", "System.Runtime", "Newtonsoft.Json",
            "Microsoft.Bot.", "IntegrationBot",
        ];

        public override Type BindToType(string? assemblyName, string typeName)
        {
            // Generic arguments name their own assemblies inside the type name: check those too.
            var assemblies = GenericArgumentAssembly().Matches(typeName).Select(static m => m.Groups["assembly"].Value.Trim());
            foreach (var assembly in assemblies.Append(assemblyName ?? string.Empty).Where(static a => a.Length > 0))
            {
                if (!AllowedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    throw new JsonSerializationException($"State may not contain types from assembly '{assembly}'.");
                }
            }

            return base.BindToType(assemblyName, typeName);
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"\[(?:[^\[\],]+),(?<assembly>[^\[\],]+)")]
        private static partial System.Text.RegularExpressions.Regex GenericArgumentAssembly();
    }
}
