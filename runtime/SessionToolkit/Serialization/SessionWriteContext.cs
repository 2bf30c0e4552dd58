using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>State of one suspend call, passed to generated writers: options, depth and the path for errors.</summary>
public sealed partial class SessionWriteContext
{
    private const int StackCheckInterval = 8;

    private readonly JsonPathBuilder _path = new();

    /// <summary>Creates a context for one suspend call.</summary>
    public SessionWriteContext(SessionSerializerOptions? options = null)
    {
        Options = options ?? SessionSerializerOptions.Default;
    }

    /// <summary>The options of this call.</summary>
    public SessionSerializerOptions Options { get; }

    /// <summary>JSON path of the value being written, such as <c>$.session.results['job-1'][0]</c>.</summary>
    public string CurrentPath => _path.ToString();

    /// <summary>Writes the start of an object after checking the depth limit.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteStartObject(Utf8JsonWriter writer)
    {
        CheckDepth(writer);
        writer.WriteStartObject();
    }

    /// <summary>Writes the start of an array after checking the depth limit.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteStartArray(Utf8JsonWriter writer)
    {
        CheckDepth(writer);
        writer.WriteStartArray();
    }

    /// <summary>Writes a property name and makes it the last segment of <see cref="CurrentPath"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void BeginMember(Utf8JsonWriter writer, string name)
    {
        writer.WritePropertyName(name);
        _path.PushName(name);
    }

    /// <summary>
    /// Writes a property name encoded in advance and makes it the last segment of <see cref="CurrentPath"/>.
    /// Generated code encodes each member name once, because the writer would transcode and escape-check a
    /// <see cref="string"/> name on every write.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void BeginMember(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WritePropertyName(name);
        _path.PushName(name.Value);
    }

    /// <summary>Ends the member or element that <c>BeginMember</c> or an element write started.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EndMember() => _path.Pop();

    /// <summary>
    /// Returns the error for null in a value whose reference type is declared non-nullable. Resume rejects such a
    /// null, so suspend rejects it first instead of writing a checkpoint that cannot be read back.
    /// </summary>
    /// <param name="memberName">
    /// The JSON name of a member whose path segment the generated code did not push, or null when
    /// <see cref="CurrentPath"/> already ends at the value.
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public SessionSuspendException NullNotAllowed(string? memberName)
    {
        if (memberName is not null)
        {
            _path.PushName(memberName);
        }

        var path = CurrentPath;
        if (memberName is not null)
        {
            _path.Pop();
        }

        return new SessionSuspendException(
            $"The state cannot be written: {path} is null, but its type is not nullable, and a checkpoint with that "
                + "null could not be resumed, so none was written. Set a value, or declare the type nullable (such as "
                + "'string?').",
            path
        );
    }

    // The limit is checked here, before Utf8JsonWriter would throw, so that the writer and the reader (both
    // created with MaxDepth = Options.MaxDepth) agree on the largest depth; an object cycle ends here too.
    private void CheckDepth(Utf8JsonWriter writer)
    {
        if (writer.CurrentDepth >= Options.MaxDepth)
        {
            throw new SessionSuspendException(
                $"The state cannot be written: it has an object cycle or depth limit {Options.MaxDepth} is exceeded at {CurrentPath}.",
                CurrentPath
            );
        }

        // Each nested object is one more generated call, so a thread with a small stack can run out before
        // MaxDepth, and a stack overflow would end the process instead of raising. The runtime check costs about
        // as much as writing a small member, so it runs at every eighth level only. Eight levels of generated
        // frames take a few KiB, less than the headroom that a successful check guarantees (SmallStackTests
        // runs a 1,000-level chain on a 256 KiB thread).
        if (writer.CurrentDepth % StackCheckInterval == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SessionSuspendException(
                $"The state cannot be written: it nests too deep for this thread's stack at {CurrentPath} "
                    + $"(depth {writer.CurrentDepth}).",
                CurrentPath
            );
        }
    }
}
