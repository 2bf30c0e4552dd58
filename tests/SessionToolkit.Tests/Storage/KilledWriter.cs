using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// What a CrashWriter loop printed before it was killed: its "ready" line, the last save it reported done and the
/// last one it started.
/// </summary>
/// <param name="Ready">The text after "ready", or empty when the line had none.</param>
/// <param name="Saved">The name of the last save reported done, or null.</param>
/// <param name="Saving">The name of the last save started, or null.</param>
internal sealed record KilledWriter(string Ready, string? Saved, string? Saving)
{
    private const int DefaultIterations = 200;

    /// <summary>
    /// The save that was started but not reported done when the kill came, or null when there was none.
    /// </summary>
    public string? InFlight => Saving is not null && Saving != Saved ? Saving : null;

    /// <summary>
    /// Returns the number of kills a crash test makes: 200, or the positive whole number in
    /// SESSIONTOOLKIT_CRASH_ITERATIONS for a longer run.
    /// </summary>
    public static int Iterations()
    {
        var configured = Environment.GetEnvironmentVariable("SESSIONTOOLKIT_CRASH_ITERATIONS");
        return int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultIterations;
    }

    /// <summary>
    /// Starts the CrashWriter with <paramref name="arguments"/>, waits for its "ready" line, kills it with SIGKILL
    /// after a random delay below <paramref name="maxDelayMilliseconds"/>, and returns what it printed.
    /// </summary>
    public static KilledWriter RunAndKill(int round, int maxDelayMilliseconds, params string[] arguments)
    {
        using var child = CrashWriter.Start(arguments);
        var ready = child.StandardOutput.ReadLine();
        if (ready is null || !ready.StartsWith("ready", StringComparison.Ordinal))
        {
            // The error text is read only here, because reading it from a live writer would wait for its end.
            Assert.Fail($"round {round}: the writer did not start: {child.StandardError.ReadToEnd()}");
        }

        Thread.Sleep(RandomNumberGenerator.GetInt32(0, maxDelayMilliseconds));
        child.Kill();

        string? saved = null;
        string? saving = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("saving ", StringComparison.Ordinal))
            {
                saving = line["saving ".Length..];
            }
            else if (line.StartsWith("saved ", StringComparison.Ordinal))
            {
                saved = line["saved ".Length..];
            }
        }

        child.WaitForExit();

        // 137 is 128 + SIGKILL. Any other code means the writer stopped by itself, which is a failure to report.
        var errors = child.StandardError.ReadToEnd();
        Assert.True(child.ExitCode == 137, $"round {round}: the writer exited with {child.ExitCode}: {errors}");
        return new KilledWriter(ready["ready".Length..].Trim(), saved, saving);
    }
}
