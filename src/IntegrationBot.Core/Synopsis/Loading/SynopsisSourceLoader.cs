
namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// Loads the configured synopsis file(s): picks the loader by file extension, resolves relative paths against a base
/// directory given by the host (the content root), and merges several files into one document.
/// </summary>
public sealed class SynopsisSourceLoader
{
    private readonly Dictionary<string, ISynopsisLoader> _loaders = new(StringComparer.OrdinalIgnoreCase);

    public SynopsisSourceLoader()
        : this(SynopsisFormats.Loaders())
    {
    }

    public SynopsisSourceLoader(IEnumerable<ISynopsisLoader> loaders)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        foreach (var loader in loaders)
        {
            foreach (var extension in loader.Extensions)
            {
                _loaders[extension] = loader;
            }
        }
    }

    public IReadOnlyCollection<string> Extensions => _loaders.Keys;

    public static string Resolve(string path, string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        return System.IO.Path.GetFullPath(path, baseDirectory);
    }

    public SynopsisDocument Load(SynopsisOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Load(options.EffectivePaths, baseDirectory).Document;
    }

    /// <summary>Loads and merges the files; conflicts raise <see cref="SynopsisFormatException"/> naming both places.</summary>
    public LoadedSynopsis Load(IEnumerable<string> paths, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.Select(p => Resolve(p, baseDirectory)).ToArray();
        if (files.Length == 1)
        {
            return LoadFile(files[0]);
        }

        var builder = new SynopsisBuilder();
        foreach (var file in files)
        {
            builder.Merge(LoadFile(file));
        }

        return builder.Build();
    }

    public LoadedSynopsis LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var extension = System.IO.Path.GetExtension(path);
        if (!_loaders.TryGetValue(extension, out var loader))
        {
            var known = string.Join(", ", _loaders.Keys.Order(StringComparer.Ordinal));
            throw new SynopsisFormatException(path, 0, $"Unbekanntes Dateiformat „{extension}“. Unterstützt werden: {known}.");
        }

        if (!File.Exists(path))
        {
            throw new SynopsisFormatException(path, 0, "Die Datei gibt es nicht.");
        }

        return loader.Load(path);
    }
}
