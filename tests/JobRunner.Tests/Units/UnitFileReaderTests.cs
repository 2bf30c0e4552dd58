using JobRunner.Units;
using Xunit;

namespace JobRunner.Tests.Units;

public class UnitFileReaderTests
{
    private static UnitRecord Single(string text)
    {
        var records = UnitFileReader.Read(text, "test.pxu");
        Assert.Single(records);
        return records[0];
    }

    private static UnitFileException Rejected(string text) =>
        Assert.Throws<UnitFileException>(() => UnitFileReader.Read(text, "bad.pxu"));

    [Fact]
    public void BlankLinesSeparateRecords()
    {
        var records = UnitFileReader.Read("id: a\n\n\nid: b\nplugin: shell\n", "test.pxu");

        Assert.Equal(2, records.Count);
        Assert.Equal("b", records[1].Fields["id"].Value);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void ContinuationLinesAreDedented()
    {
        var record = Single("id: a\ncommand:\n  if true; then\n      echo yes\n  fi\n");

        Assert.Equal("if true; then\n    echo yes\nfi", record.Fields["command"].Value);
    }

    [Fact]
    public void FirstLineValueStartsContinuedValue()
    {
        var record = Single("id: a\nrequires: executable.name == 'fwts'\n cpuinfo.platform in (\"x86_64\")\n");

        Assert.Equal("executable.name == 'fwts'\ncpuinfo.platform in (\"x86_64\")", record.Fields["requires"].Value);
    }

    [Fact]
    public void DotLineIsEmptyLine()
    {
        var record = Single("id: a\n_purpose:\n first\n .\n second\n");

        Assert.Equal("first\n\nsecond", record.Fields["_purpose"].Value);
    }

    [Fact]
    public void CommentLinesAreIgnored()
    {
        var record = Single("# header\nid: a\n# between keys\ncommand:\n echo 1\n# inside a value\n echo 2\n");

        Assert.Equal("echo 1\necho 2", record.Fields["command"].Value);
        Assert.Equal(2, record.Fields.Count);
    }

    [Fact]
    public void IndentedHashIsValueText()
    {
        var record = Single("id: a\ncommand:\n  # shellcheck disable=SC2015\n  true\n");

        Assert.Equal("# shellcheck disable=SC2015\ntrue", record.Fields["command"].Value);
    }

    [Fact]
    public void KeyWithoutSpaceAfterColon()
    {
        var record = Single("plugin:shell\nid:a\n");

        Assert.Equal("shell", record.Fields["plugin"].Value);
        Assert.Equal("a", record.Fields["id"].Value);
    }

    [Fact]
    public void ValueKeepsLaterColons()
    {
        var record = Single("id: com.example::a\n");

        Assert.Equal("com.example::a", record.Fields["id"].Value);
    }

    [Fact]
    public void KeysAreCaseSensitive()
    {
        var record = Single("id: a\nPlugin: shell\n");

        Assert.False(record.Fields.ContainsKey("plugin"));
        Assert.Equal("shell", record.Fields["Plugin"].Value);
    }

    [Fact]
    public void CrlfLineEndsAreAccepted()
    {
        var records = UnitFileReader.Read("id: a\r\ncommand:\r\n echo 1\r\n echo 2\r\n\r\nid: b\r\n", "test.pxu");

        Assert.Equal(2, records.Count);
        Assert.Equal("echo 1\necho 2", records[0].Fields["command"].Value);
        Assert.Equal("b", records[1].Fields["id"].Value);
    }

    [Fact]
    public void LastLineWithoutNewline()
    {
        var record = Single("id: a\ncommand:\n echo last");

        Assert.Equal("echo last", record.Fields["command"].Value);
    }

    [Fact]
    public void FieldLinesAreRecorded()
    {
        var record = Single("\n# comment\nid: a\ncommand:\n true\nuser: root\n");

        Assert.Equal(3, record.Line);
        Assert.Equal(4, record.Fields["command"].Line);
        Assert.Equal(6, record.Fields["user"].Line);
    }

    [Fact]
    public void WhitespaceOnlyLineEndsRecord()
    {
        var records = UnitFileReader.Read("id: a\n   \nid: b\n", "test.pxu");

        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void InvalidLineReportsItsLine()
    {
        var error = Rejected("id: a\nplugin: shell\nthis is not a key\n");

        Assert.Equal("bad.pxu", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("bad.pxu:3: invalid line 'this is not a key'", error.Message);
    }

    [Fact]
    public void KeyWithSpaceIsInvalid()
    {
        var error = Rejected("id: a\n\n\nsome key: value\n");

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void ContinuationWithoutKeyAtFileStart()
    {
        var error = Rejected(" orphan\nid: a\n");

        Assert.Equal(1, error.Line);
        Assert.Equal(
            "continuation line (starting with whitespace) has no 'key:' line before it in this record",
            error.Problem
        );
    }

    [Fact]
    public void ContinuationWithoutKeyAfterBlank()
    {
        var error = Rejected("id: a\ncommand: true\n\n  echo orphan\n");

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void DuplicateKeyReportsBothLines()
    {
        var error = Rejected("id: a\nplugin: shell\ncommand: true\nplugin: manual\n");

        Assert.Equal(4, error.Line);
        Assert.Equal("duplicate key 'plugin' (first given at line 2)", error.Problem);
    }

    [Fact]
    public void LineNumbersCountCrlfLines()
    {
        var error = Rejected("id: a\r\n\r\nid: b\r\nbroken\r\n");

        Assert.Equal(4, error.Line);
    }
}
