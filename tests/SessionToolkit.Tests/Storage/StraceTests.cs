using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SessionToolkit.Tests.Storage;

/// <summary>
/// Checks the save protocol on the real system calls: a child process saves one checkpoint under strace, and the
/// trace must show the calls in the durable order.
/// </summary>
public partial class StraceTests
{
    private const int PayloadSize = 200_000;

    [Fact]
    public void Case017SystemCallOrder()
    {
        var strace = FindStrace();
        if (strace is null)
        {
            Assert.Skip("strace is not installed (apt-get install -y strace), so the system calls cannot be traced.");
        }

        using var temp = new TempFolder();
        var storage = SessionStorage.Create(temp.Repository);
        var trace = temp.Combine("trace.txt");
        string[] wrapper =
        [
            // Without -f only the initial thread is traced. Main, and so the save, runs on it, and the trace has
            // no lines of other threads cut in between.
            strace,
            "-o",
            trace,
            "-e",
            "trace=openat,write,pwrite64,fsync,fdatasync,rename,renameat,renameat2,close",
        ];

        using (
            var child = CrashWriter.Start(
                wrapper,
                "save-once",
                storage.Location,
                PayloadSize.ToString(CultureInfo.InvariantCulture)
            )
        )
        {
            child.StandardOutput.ReadToEnd();
            var errors = child.StandardError.ReadToEnd();
            child.WaitForExit();
            if (errors.Contains("ptrace", StringComparison.Ordinal))
            {
                Assert.Skip($"strace cannot trace processes here (ptrace is not permitted): {errors.Trim()}");
            }

            Assert.True(child.ExitCode == 0, errors);
        }

        var calls = ProtocolCalls(File.ReadAllLines(trace), storage.Location);
        string[] expected = ["create", "write", "fsync", "close", "rename", "open-folder", "fsync-folder"];
        Assert.Equal(expected, calls.Select(call => call.Name).Distinct().ToArray());
        Assert.Equal(PayloadSize, calls.Where(call => call.Name == "write").Sum(call => call.Result));
    }

    /// <summary>Picks, in order, the calls on session.next's and the session folder's descriptors.</summary>
    private static List<(string Name, long Result)> ProtocolCalls(string[] lines, string location)
    {
        var calls = new List<(string Name, long Result)>();
        string? fileFd = null;
        string? folderFd = null;
        foreach (var line in lines)
        {
            var create = CreateNext().Match(line);
            if (create.Success && line.Contains($"\"{location}/session.next\"", StringComparison.Ordinal))
            {
                var flags = create.Groups["flags"].Value.Split('|');
                Assert.Contains("O_WRONLY", flags);
                Assert.Contains("O_CREAT", flags);
                Assert.Contains("O_EXCL", flags);
                Assert.Contains("O_CLOEXEC", flags);
                Assert.Contains("O_NOFOLLOW", flags);
                Assert.Contains(", 0600)", line, StringComparison.Ordinal);
                fileFd = create.Groups["fd"].Value;
                calls.Add(("create", 0));
            }
            else if (fileFd is not null && Call(line, "write", fileFd) is { } written)
            {
                calls.Add(("write", written));
            }
            else if (fileFd is not null && Call(line, "fsync", fileFd) is not null)
            {
                calls.Add(("fsync", 0));
            }
            else if (fileFd is not null && Call(line, "close", fileFd) is not null)
            {
                calls.Add(("close", 0));
                fileFd = null;
            }
            else if (
                line.Contains("rename", StringComparison.Ordinal)
                && line.Contains($"\"{location}/session\"", StringComparison.Ordinal)
                && line.EndsWith("= 0", StringComparison.Ordinal)
            )
            {
                calls.Add(("rename", 0));
            }
            else if (
                calls.Count > 0
                && calls[^1].Name == "rename"
                && OpenFolder().Match(line) is { Success: true } open
                && line.Contains($"\"{location}\"", StringComparison.Ordinal)
            )
            {
                folderFd = open.Groups["fd"].Value;
                calls.Add(("open-folder", 0));
            }
            else if (folderFd is not null && Call(line, "fsync", folderFd) is not null)
            {
                calls.Add(("fsync-folder", 0));
                folderFd = null;
            }
        }

        return calls;
    }

    private static long? Call(string line, string name, string fd)
    {
        var match = Regex.Match(line, $@"^(\d+\s+)?{name}\({fd}\b.*\)\s+=\s+(?<result>\d+)$");
        return match.Success ? long.Parse(match.Groups["result"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? FindStrace()
    {
        string[] candidates = ["/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"];
        return candidates.FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"openat\(AT_FDCWD, .*session\.next"", (?<flags>[A-Z_|]+), 0600\)\s+=\s+(?<fd>\d+)$")]
    private static partial Regex CreateNext();

    [GeneratedRegex(@"openat\(AT_FDCWD, "".*"", O_RDONLY[A-Z_|]*\|O_DIRECTORY[A-Z_|]*\)\s+=\s+(?<fd>\d+)$")]
    private static partial Regex OpenFolder();
}
