using System;

namespace SessionToolkit;

/// <summary>A golden checkpoint replay failed; the message lists each problem.</summary>
public sealed class GoldenReplayException : Exception
{
    /// <summary>Creates the exception with the report's text as its message.</summary>
    public GoldenReplayException(string message)
        : base(message) { }
}
