using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SessionToolkit;

/// <summary>
/// The outcome of replaying golden or recorded checkpoints. Each checkpoint passes when it resumes through the
/// current code and its migrations, when the migrated session contains no member the current version does not
/// read (a value that would be lost), and when the resumed state can be suspended and resumed again.
/// </summary>
public sealed class GoldenReplayReport<TState>
{
    internal GoldenReplayReport(IReadOnlyList<GoldenReplayResult<TState>> results, IReadOnlyList<string> problems)
    {
        Results = results;
        Problems = problems;
    }

    /// <summary>One result per checkpoint, in replay order.</summary>
    public IReadOnlyList<GoldenReplayResult<TState>> Results { get; }

    /// <summary>Problems of the schema as a whole, such as the code's version not being recorded.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether every checkpoint passed and the schema has no problem.</summary>
    public bool Succeeded => Problems.Count == 0 && Results.All(r => r.Succeeded);

    /// <summary>Throws <see cref="GoldenReplayException"/>, whose message lists every problem, unless the replay succeeded.</summary>
    public void ThrowIfFailed()
    {
        if (!Succeeded)
        {
            throw new GoldenReplayException(ToString());
        }
    }

    /// <summary>One line per problem of the schema, then one line per checkpoint with its problems.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var problem in Problems)
        {
            text.Append(problem).Append('\n');
        }

        foreach (var result in Results)
        {
            text.Append(result.Source).Append(result.Succeeded ? ": passed" : ": failed").Append('\n');
            foreach (var problem in result.Problems)
            {
                text.Append("  ").Append(problem).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}

/// <summary>The replay of one checkpoint.</summary>
public sealed class GoldenReplayResult<TState>
{
    internal GoldenReplayResult(string source, int version, TState? state, IReadOnlyList<string> problems)
    {
        Source = source;
        Version = version;
        State = state;
        Problems = problems;
    }

    /// <summary>The checkpoint: its file path, or which golden checkpoint it is.</summary>
    public string Source { get; }

    /// <summary>The version stored in the checkpoint, or 0 when it could not be read.</summary>
    public int Version { get; }

    /// <summary>The resumed state, or the default value when resume failed.</summary>
    public TState? State { get; }

    /// <summary>What went wrong; empty when the checkpoint passed.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether the checkpoint passed every check.</summary>
    public bool Succeeded => Problems.Count == 0;
}
