using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Microsoft.Extensions.Logging;
using SessionToolkit.Tests.Infrastructure;

namespace SessionToolkit.Tests.Storage;

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("st-storage-").FullName;

    public string Path { get; }

    public string Repository => System.IO.Path.Combine(Path, "repo");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed half-way may leave an entry that is hard to delete; a stray temp folder is harmless.
        }
    }
}

/// <summary>Collects log entries so that tests can assert what the library logged.</summary>
internal sealed class ListLogger : ILogger
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}

/// <summary>Starts the SessionToolkit.CrashWriter child process.</summary>
internal static class CrashWriter
{
    /// <summary>Full path of the child's dll, built beside the tests in the same configuration.</summary>
    public static string DllPath { get; } = Locate();

    public static Process Start(params string[] arguments) => Start(null, arguments);

    /// <summary>Starts the child, under <paramref name="wrapper"/> (such as strace) when given.</summary>
    public static Process Start(string[]? wrapper, params string[] arguments)
    {
        var info = new ProcessStartInfo(wrapper is null ? "dotnet" : wrapper[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (wrapper is not null)
        {
            foreach (var argument in wrapper[1..])
            {
                info.ArgumentList.Add(argument);
            }

            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Runs the child to its end and returns its standard output.</summary>
    public static string Run(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"CrashWriter exited with {process.ExitCode}: {error}");
    }

    private static string Locate()
    {
        // The tests run from tests/SessionToolkit.Tests/bin/<configuration>/net10.0/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        return Path.Combine(
            SharedData.RepositoryRoot,
            "tests",
            "SessionToolkit.CrashWriter",
            "bin",
            configuration,
            framework.Name,
            "SessionToolkit.CrashWriter.dll"
        );
    }
}

/// <summary>Reads file modes and entries without following links.</summary>
internal static class Entry
{
    public static UnixFileMode Mode(string path) =>
        OperatingSystem.IsWindows()
            ? throw new PlatformNotSupportedException("Unix file modes do not exist on Windows.")
            : File.GetUnixFileMode(path);

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes do not exist on Windows.");
        }

        File.SetUnixFileMode(path, mode);
    }

    public static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
