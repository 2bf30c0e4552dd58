namespace SessionToolkit;

/// <summary>State of one resume call, passed to generated readers: options and the path for errors.</summary>
public sealed partial class SessionReadContext
{
    /// <summary>Creates a context for one resume call.</summary>
    public SessionReadContext(SessionSerializerOptions? options = null, string? filePath = null)
    {
        Options = options ?? SessionSerializerOptions.Default;
        FilePath = filePath;
    }

    /// <summary>The options of this call.</summary>
    public SessionSerializerOptions Options { get; }

    /// <summary>Checkpoint file being read, when known; named in every error.</summary>
    public string? FilePath { get; }
}
