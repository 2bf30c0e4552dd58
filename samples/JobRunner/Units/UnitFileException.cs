using System;

namespace JobRunner.Units;

/// <summary>An invalid unit file: the file, the 1-based line and the problem found there.</summary>
public sealed class UnitFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/> at <paramref name="line"/> of <paramref name="file"/>.</summary>
    public UnitFileException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Path of the unit file as the caller named it.</summary>
    public string File { get; }

    /// <summary>1-based line number of the offending line.</summary>
    public int Line { get; }

    /// <summary>The problem, without the file and line prefix.</summary>
    public string Problem { get; }
}
