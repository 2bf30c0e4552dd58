using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JobRunner.Execution;
using JobRunner.Tests.Infrastructure;
using Xunit;

namespace JobRunner.Tests.Execution;

public class IoLogFileTests
{
    [Fact]
    public void LineMatchesPlainboxRecord()
    {
        var record = new IoLogRecord(0.02, "stdout", Encoding.UTF8.GetBytes("line 0\n"));

        Assert.Equal("[0.02, \"stdout\", \"bGluZSAwCg==\"]\n", IoLogFileWriter.FormatLine(record));
    }

    [Fact]
    public void ZeroOffsetKeepsFraction()
    {
        var record = new IoLogRecord(0, "stderr", new byte[] { 0, 255, (byte)'b', (byte)'i', (byte)'n' });

        Assert.Equal("[0.0, \"stderr\", \"AP9iaW4=\"]\n", IoLogFileWriter.FormatLine(record));
    }

    [Fact]
    public void WriterAppendsOneLinePerRecord()
    {
        var folder = Jobs.TempFolder();
        string path;
        using (var writer = new IoLogFileWriter(folder, "com.example::job-1"))
        {
            writer.Write(new IoLogRecord(0.5, "stdout", Encoding.UTF8.GetBytes("a\n")));
            writer.Write(new IoLogRecord(1.25, "stderr", Encoding.UTF8.GetBytes("b\n")));
            path = writer.Path;
        }

        Assert.Equal(Path.Combine(folder, "com.example%3A%3Ajob-1.record.jsonl"), path);
        Assert.Equal("[0.5, \"stdout\", \"YQo=\"]\n[1.25, \"stderr\", \"Ygo=\"]\n", File.ReadAllText(path));
    }

    [Fact]
    public void WriterFlushesEachRecord()
    {
        var folder = Jobs.TempFolder();
        using var writer = new IoLogFileWriter(folder, "job");

        writer.Write(new IoLogRecord(0.5, "stdout", Encoding.UTF8.GetBytes("a\n")));

        using var reader = new FileStream(writer.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Assert.Equal("[0.5, \"stdout\", \"YQo=\"]\n", new StreamReader(reader).ReadToEnd());
    }

    [Fact]
    public async Task ExecutedJobLogReadsBack()
    {
        var folder = Jobs.TempFolder();
        var executor = new ShellJobExecutor(new System.Collections.Generic.Dictionary<string, string>());
        string path;
        using (var writer = new IoLogFileWriter(folder, "test::job"))
        {
            await executor.RunAsync(
                Jobs.Shell("echo hi; echo oops >&2"),
                writer,
                folder,
                TimeSpan.FromSeconds(30),
                CancellationToken.None
            );
            path = writer.Path;
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line.EndsWith(", \"stdout\", \"aGkK\"]", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith(", \"stderr\", \"b29wcwo=\"]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("com.example::job-3", "com.example%3A%3Ajob-3")]
    [InlineData("cpu/scaling_test", "cpu%2Fscaling_test")]
    [InlineData("..", "%2E.")]
    [InlineData(".hidden", "%2Ehidden")]
    [InlineData("a b%c", "a%20b%25c")]
    [InlineData("día", "d%C3%ADa")]
    public void FileNameIsEscaped(string id, string stem)
    {
        Assert.Equal(stem, IoLogFileName.Stem(id));
    }

    [Fact]
    public void FileNamesStayDistinct()
    {
        Assert.NotEqual(IoLogFileName.For("a/b"), IoLogFileName.For("a_b"));
    }

    [Fact]
    public void LongIdIsCutWithHash()
    {
        var stem = IoLogFileName.Stem(new string('x', 300));
        var other = IoLogFileName.Stem(new string('x', 299) + "y");

        Assert.Equal(200, stem.Length);
        Assert.NotEqual(stem, other);
        Assert.DoesNotContain('/', stem);
    }

    [Fact]
    public void FileNameHasNoSeparator()
    {
        var name = IoLogFileName.For("../../etc/passwd");

        Assert.DoesNotContain('/', name);
        Assert.False(name.StartsWith('.'));
        Assert.Equal(name, Path.GetFileName(name));
        Assert.Equal("%2E.%2F..%2Fetc%2Fpasswd.record.jsonl", name);
    }
}
