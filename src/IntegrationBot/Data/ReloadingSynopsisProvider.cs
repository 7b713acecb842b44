using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace IntegrationBot.Data;

/// <summary>
/// Loads the configured synopsis file(s) once (a broken file throws <see cref="SynopsisFormatException"/>, so the
/// host refuses to start), then watches them and reloads after a quiet period. A reload that fails keeps the last good
/// document in service and logs the file, row and reason.
/// </summary>
public sealed partial class ReloadingSynopsisProvider : ISynopsisProvider, IDisposable
{
    private readonly SynopsisSourceLoader _loader;
    private readonly IReadOnlyList<string> _paths;
    private readonly string _baseDirectory;
    private readonly TimeSpan _debounce;
    private readonly TimeProvider _time;
    private readonly ILogger<ReloadingSynopsisProvider> _logger;
    private readonly Lock _reloadLock = new();
    private readonly List<IDisposable> _watches = [];
    private readonly List<PhysicalFileProvider> _fileProviders = [];
    private readonly ITimer? _debounceTimer;
    private readonly double _maxLossShare;
    private readonly string _confirmPath;
    private State _state;
    private string _lastSeen = string.Empty;
    private CancellationTokenSource _changed = new();
    private bool _disposed;

    public ReloadingSynopsisProvider(
        IOptions<SynopsisOptions> synopsis,
        IOptions<SynopsisReloadOptions> reload,
        SynopsisSourceLoader loader,
        IHostEnvironment environment,
        ILogger<ReloadingSynopsisProvider> logger,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(reload);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(logger);
        _loader = loader;
        _baseDirectory = environment.ContentRootPath;
        // Distinct: the options may be bound by more than one registration, and a list binds by appending.
        _paths = synopsis.Value.EffectivePaths.Select(p => SynopsisSourceLoader.Resolve(p, _baseDirectory)).Distinct(StringComparer.Ordinal).ToArray();
        _debounce = TimeSpan.FromMilliseconds(Math.Max(0, reload.Value.DebounceMilliseconds));
        _time = time ?? TimeProvider.System;
        _logger = logger;
        _maxLossShare = Math.Clamp(reload.Value.MaxLossShare, 0, 1);
        _confirmPath = _paths[0] + reload.Value.ConfirmSuffix;

        var document = Load();
        _state = new State(document, new SynopsisLoadStatus(_time.GetUtcNow(), document.Aspects.Count, document.Cities.Count, null, null));
        LogLoaded(string.Join(", ", _paths), document.Aspects.Count, document.Cities.Count);

        if (reload.Value.Enabled)
        {
            _lastSeen = Fingerprint();
            _debounceTimer = _time.CreateTimer(_ => ReloadWhenStable(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Watch();
        }
    }

    public SynopsisDocument Current => Volatile.Read(ref _state).Document;

    public SynopsisLoadStatus Status => Volatile.Read(ref _state).Status;

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    /// <summary>Loads the files now; called by the watcher after the debounce period (and by tests).</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return;
            }

            SynopsisDocument document;
            try
            {
                document = Load();
            }
            catch (SynopsisFormatException ex)
            {
                Refuse(ex.Message, ex);
                return;
            }
            catch (IOException ex)
            {
                Refuse(ex.Message, ex);
                return;
            }

            var previous = Volatile.Read(ref _state);
            if (Suspicion(previous.Document, document) is { } suspicion && !Confirmed())
            {
                LogHeld(suspicion, _confirmPath);
                Volatile.Write(ref _state, previous with { Status = previous.Status with { HeldEditReason = suspicion, HeldAt = _time.GetUtcNow() } });
                return;
            }

            TryDelete(_confirmPath);
            LogReloaded(document.Aspects.Count, document.Cities.Count, previous.Document.Aspects.Count, previous.Document.Cities.Count);
            Volatile.Write(ref _state, new State(document, new SynopsisLoadStatus(_time.GetUtcNow(), document.Aspects.Count, document.Cities.Count, null, null)));
            var changed = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
            changed.Cancel();
            changed.Dispose();
        }
    }

    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }

        _debounceTimer?.Dispose();
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        foreach (var provider in _fileProviders)
        {
            provider.Dispose();
        }

        _changed.Dispose();
    }

    private SynopsisDocument Load() => _loader.Load(_paths, _baseDirectory).Document;

    /// <summary>
    /// The watcher's callback: reload only when the files (and the confirmation file) look the same as at the previous
    /// check one quiet period ago; otherwise they are still being written, so look again after another quiet period.
    /// </summary>
    private void ReloadWhenStable()
    {
        var now = Fingerprint();
        if (!string.Equals(now, Interlocked.Exchange(ref _lastSeen, now), StringComparison.Ordinal))
        {
            ScheduleReload();
            return;
        }

        Reload();
    }

    private string Fingerprint() =>
        string.Join('|', _paths.Append(_confirmPath).Select(static path =>
        {
            var file = new FileInfo(path);
            return file.Exists ? $"{file.Length}:{file.LastWriteTimeUtc.Ticks}" : "-";
        }));

    private string? Suspicion(SynopsisDocument inService, SynopsisDocument edited)
    {
        if (_maxLossShare >= 1)
        {
            return null;
        }

        var lostAspects = Loss(inService.Aspects.Count, edited.Aspects.Count);
        var lostCities = Loss(inService.Cities.Count, edited.Cities.Count);
        return lostAspects > _maxLossShare || lostCities > _maxLossShare
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the edit has {edited.Aspects.Count} aspects and {edited.Cities.Count} cities, the synopsis in service {inService.Aspects.Count} and {inService.Cities.Count} (more than {_maxLossShare:P0} lost)")
            : null;
    }

    private static double Loss(int before, int after) => before == 0 ? 0 : Math.Max(0, before - after) / (double)before;

    /// <summary>Confirmed when the confirmation file is at least as new as every synopsis file.</summary>
    private bool Confirmed()
    {
        var confirm = new FileInfo(_confirmPath);
        return confirm.Exists && _paths.All(path => confirm.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(path));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A confirmation file that cannot be removed only means the next shrinking edit is confirmed too: logged on use.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Refuse(string reason, Exception ex)
    {
        // Log first: whoever sees the refusal in the status (health check, tests) finds the reason already logged.
        var previous = Volatile.Read(ref _state);
        LogRefused(reason, previous.Status.LoadedAt, ex);
        Volatile.Write(ref _state, previous with { Status = previous.Status with { RefusedEditError = reason, RefusedAt = _time.GetUtcNow() } });
    }

    private void Watch()
    {
        foreach (var directory in _paths.GroupBy(Path.GetDirectoryName))
        {
            var provider = new PhysicalFileProvider(directory.Key!);
            _fileProviders.Add(provider);
            foreach (var file in directory)
            {
                var name = Path.GetFileName(file);
                _watches.Add(ChangeToken.OnChange(() => provider.Watch(name), ScheduleReload));
                if (string.Equals(file, _paths[0], StringComparison.Ordinal))
                {
                    var confirm = Path.GetFileName(_confirmPath);
                    _watches.Add(ChangeToken.OnChange(() => provider.Watch(confirm), ScheduleReload));
                }
            }
        }
    }

    private void ScheduleReload() => _debounceTimer?.Change(_debounce, Timeout.InfiniteTimeSpan);

    private sealed record State(SynopsisDocument Document, SynopsisLoadStatus Status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synopsis loaded from {Paths}: {AspectCount} aspects, {CityCount} cities.")]
    private partial void LogLoaded(string paths, int aspectCount, int cityCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synopsis reloaded: {AspectCount} aspects, {CityCount} cities (before: {PreviousAspectCount} aspects, {PreviousCityCount} cities).")]
    private partial void LogReloaded(int aspectCount, int cityCount, int previousAspectCount, int previousCityCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The edited synopsis is held back as suspicious, the synopsis in service stays: {Reason}. If the edit is intended, create {ConfirmFile}; otherwise correct the file.")]
    private partial void LogHeld(string reason, string confirmFile);

    [LoggerMessage(Level = LogLevel.Error, Message = "The edited synopsis was refused, the synopsis loaded at {LoadedAt} stays in service: {Reason}")]
    private partial void LogRefused(string reason, DateTimeOffset loadedAt, Exception exception);
}
