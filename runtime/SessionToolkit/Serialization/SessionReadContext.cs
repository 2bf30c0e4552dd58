using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>State of one resume call, passed to generated readers: options and the path for errors.</summary>
public sealed partial class SessionReadContext
{
    private readonly JsonPathBuilder _path = new();

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

    /// <summary>
    /// Version stored in the checkpoint, set by the envelope before the state is read; <c>null</c> when unknown.
    /// A missing required member whose <c>Since</c> is above this version gets its default value.
    /// </summary>
    public int? StoredVersion { get; set; }

    /// <summary>JSON path of the value being read, such as <c>$.session.results['job-1'][0].outcome</c>.</summary>
    public string CurrentPath => _path.ToString();

    /// <summary>Creates a <see cref="CorruptedSessionException"/> at <see cref="CurrentPath"/>.</summary>
    public CorruptedSessionException Corrupted(string message) =>
        new($"{message} at {CurrentPath}.", CurrentPath, FilePath);

    /// <summary>Checks that the reader is on the <c>StartObject</c> of an object value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Corrupted($"Expected an object but found {Describe(reader.TokenType)}");
        }

        // Every generated reader starts here, one call deeper per nested object. On a thread with a small stack a
        // checkpoint within MaxDepth can still exhaust it, and a stack overflow ends the process instead of raising.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Corrupted($"The object at depth {reader.CurrentDepth} nests too deep for this thread's stack");
        }
    }

    /// <summary>
    /// Moves to the next member of an object; returns <c>false</c> on the object's <c>EndObject</c> and leaves
    /// the reader on the member's name otherwise.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public bool ReadNextMember(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>
    /// Starts reading the member whose name the reader is on: rejects a second occurrence, adds the name to the
    /// path and moves the reader to the value's first token.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void BeginMember(ref Utf8JsonReader reader, string name, ref bool seen)
    {
        _path.PushName(name);
        if (seen)
        {
            throw Corrupted($"The object has a duplicate member '{name}'");
        }

        seen = true;
        Advance(ref reader);
    }

    /// <summary>Ends the member or element that <see cref="BeginMember"/> or an element read started.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void EndMember() => _path.Pop();

    /// <summary>Skips an unknown member, with its nested value, leaving the reader on the value's last token.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void SkipMember(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (!reader.TrySkip())
        {
            throw Corrupted("The JSON ends inside an unknown member");
        }
    }

    /// <summary>Reports a missing member unless its <c>Since</c> version is newer than the stored version.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void CheckMissing(bool seen, string name, int since)
    {
        if (seen || (StoredVersion is { } stored && since > stored))
        {
            return;
        }

        throw Corrupted($"The required member '{name}' is missing");
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Corrupted("The JSON ends early");
        }
    }

    private static string Describe(JsonTokenType token) =>
        token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => token.ToString(),
        };
}
