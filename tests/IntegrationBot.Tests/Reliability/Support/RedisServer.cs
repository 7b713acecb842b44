using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// A private redis-server for the tests: own free loopback port, own temporary directory, no persistence, stopped and
/// removed on dispose. Where redis-server is not installed the tests skip with a message saying so; under CI (CI=true)
/// a missing redis-server is an error, because .ci/run installs it.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;
    private string? _executable;
    private int _port;

    public string? Configuration { get; private set; }

    /// <summary>Why the Redis tests cannot run here; null when they can.</summary>
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        var executable = FindExecutable();
        if (executable is null)
        {
            Unavailable = "redis-server is not installed (Debian: apt-get install -y redis-server); Redis state tests skipped.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI must run the Redis state tests, but " + Unavailable);
            }

            return;
        }

        _directory = Directory.CreateTempSubdirectory("redis-test-").FullName;
        _executable = executable;
        _port = FreePort();
        Configuration = $"127.0.0.1:{_port},abortConnect=false,connectTimeout=5000";
        await StartProcessAsync().ConfigureAwait(false);
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open, nothing is answered — a hung Redis.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>Lets a paused server go on (SIGCONT).</summary>
    public void Resume() => Signal("CONT");

    /// <summary>Kills the server outright (SIGKILL): connections drop, the port refuses.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts a fresh server on the same port (its memory is empty: no persistence).</summary>
    public async Task RestartAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process?.Dispose();
        await StartProcessAsync().ConfigureAwait(false);
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {_process!.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private async Task StartProcessAsync()
    {
        var port = _port;
        var executable = _executable!;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory!, "--save", string.Empty, "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += static (_, _) => { };
        _process.ErrorDataReceived += static (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync().ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Resume();
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(Configuration!).ConfigureAwait(false);
                await connection.GetDatabase().PingAsync().ConfigureAwait(false);
                return;
            }
            catch (RedisException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
