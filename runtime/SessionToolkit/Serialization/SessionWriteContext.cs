namespace SessionToolkit;

/// <summary>State of one suspend call, passed to generated writers: options, depth and the path for errors.</summary>
public sealed partial class SessionWriteContext
{
    /// <summary>Creates a context for one suspend call.</summary>
    public SessionWriteContext(SessionSerializerOptions? options = null)
    {
        Options = options ?? SessionSerializerOptions.Default;
    }

    /// <summary>The options of this call.</summary>
    public SessionSerializerOptions Options { get; }
}
