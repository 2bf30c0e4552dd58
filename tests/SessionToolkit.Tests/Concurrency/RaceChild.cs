using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// One CrashWriter process in <c>race</c> mode: sends it commands and reads its one-line replies, failing the
/// test with the child's error output when a reply does not come within <see cref="ReplyTimeout"/>.
/// </summary>
internal sealed class RaceChild : IDisposable
{
    // Far above a reply's real time (milliseconds), so that only a hung child or a deadlock reaches it.
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private RaceChild(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Starts a child for the session folder <paramref name="location"/> and waits until it is warmed up.</summary>
    public static RaceChild Start(string location)
    {
        var child = new RaceChild(Storage.CrashWriter.Start("race", location));
        Assert.Equal("ready", child.Read());
        return child;
    }

    public void Send(string command) => _process.StandardInput.WriteLine(command);

    /// <summary>Returns the next line the child prints.</summary>
    public string Read()
    {
        var line = _process.StandardOutput.ReadLineAsync();
        if (!line.Wait(ReplyTimeout))
        {
            _process.Kill();
            Assert.Fail(
                $"child {Id} printed nothing for {ReplyTimeout.TotalSeconds} s: {_process.StandardError.ReadToEnd()}"
            );
        }

        return line.Result ?? throw new InvalidOperationException($"child {Id} ended: {ErrorText()}");
    }

    /// <summary>Kills the child with SIGKILL and returns every line it printed before it died.</summary>
    public List<string> Kill()
    {
        _process.Kill();
        var lines = new List<string>();
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        _process.WaitForExit();
        Assert.Equal(137, _process.ExitCode);
        return lines;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.WriteLine("exit");
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    private string ErrorText()
    {
        var error = _process.StandardError.ReadToEndAsync();
        return error.Wait(TimeSpan.FromSeconds(5)) ? error.Result : "(no error output)";
    }
}
