using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>
/// Golden checkpoints: sample checkpoints of every version a schema file records, made from the recorded shapes,
/// and a replay of them through the current code and its migrations. A test that replays them fails when a
/// change to a state type leaves a recorded version unreadable or loses one of its values.
/// </summary>
/// <example>
/// <code>
/// var schema = SessionSchema.Load("SessionSchema.json");
/// GoldenCheckpoints.Replay&lt;InstallState&gt;(schema).ThrowIfFailed();
/// </code>
/// </example>
public static class GoldenCheckpoints
{
    /// <summary>
    /// Creates a checkpoint of version <paramref name="version"/> of the state type <paramref name="typeId"/>, as
    /// that version's code would have written it, with made-up values (see <see cref="GoldenCheckpointOptions"/>).
    /// Its <c>metadata</c> object is empty.
    /// </summary>
    /// <exception cref="ArgumentException">The schema does not record the type id or the version.</exception>
    /// <exception cref="InvalidOperationException">A member needs a sample the options do not give.</exception>
    public static byte[] Create(
        SessionSchema schema,
        string typeId,
        int version,
        GoldenCheckpointOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeId);
        options ??= new GoldenCheckpointOptions();
        var shape = schema.GetShape(typeId, version);

        using var json = new PooledByteBufferWriter();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", version);
            writer.WriteString("type", typeId);
            writer.WriteStartObject("metadata");
            writer.WriteEndObject();
            writer.WritePropertyName("session");
            GoldenSampleWriter.Write(shape, options.Samples.AsReadOnly(), writer);
            writer.WriteEndObject();
        }

        using var checkpoint = new PooledByteBufferWriter();
        var level = (options.SerializerOptions ?? SessionSerializerOptions.Default).CompressionLevel;
        CheckpointGzip.Compress(json.WrittenMemory, checkpoint, level);
        return checkpoint.WrittenSpan.ToArray();
    }

    /// <summary>Creates the golden checkpoint of every version of <typeparamref name="TState"/> the schema records.</summary>
    /// <returns>The checkpoints by version, ascending.</returns>
    public static IReadOnlyDictionary<int, byte[]> CreateAll<TState>(
        SessionSchema schema,
        GoldenCheckpointOptions? options = null
    )
        where TState : ISessionState<TState>
    {
        ArgumentNullException.ThrowIfNull(schema);
        var checkpoints = new SortedDictionary<int, byte[]>();
        foreach (var version in schema.GetVersions(TState.SessionTypeId))
        {
            checkpoints[version] = Create(schema, TState.SessionTypeId, version, options);
        }

        return checkpoints;
    }

    /// <summary>
    /// Writes the golden checkpoint of every recorded version of <typeparamref name="TState"/> into
    /// <paramref name="folder"/> as <c>&lt;type id&gt;.v&lt;version&gt;.session</c>, replacing files of those names,
    /// so that they can be committed and replayed with <see cref="ReplayFiles{TState}"/> after the schema moves on.
    /// </summary>
    /// <returns>The paths written, by ascending version.</returns>
    public static IReadOnlyList<string> WriteAll<TState>(
        SessionSchema schema,
        string folder,
        GoldenCheckpointOptions? options = null
    )
        where TState : ISessionState<TState>
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (version, bytes) in CreateAll<TState>(schema, options))
        {
            var path = Path.Combine(folder, FileName(TState.SessionTypeId, version));
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The file name <see cref="WriteAll{TState}"/> gives a version's golden checkpoint.</summary>
    public static string FileName(string typeId, int version)
    {
        ArgumentNullException.ThrowIfNull(typeId);
        var safe = string.Concat(typeId.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return $"{safe}.v{version.ToString(CultureInfo.InvariantCulture)}.session";
    }

    /// <summary>
    /// Makes the golden checkpoint of every version of <typeparamref name="TState"/> the schema records and resumes
    /// each through the current code and its migrations. See <see cref="GoldenReplayReport{TState}"/> for the checks.
    /// </summary>
    public static GoldenReplayReport<TState> Replay<TState>(
        SessionSchema schema,
        GoldenCheckpointOptions? options = null
    )
        where TState : ISessionState<TState>
    {
        ArgumentNullException.ThrowIfNull(schema);
        var replay = new GoldenReplay<TState>(schema, options ?? new GoldenCheckpointOptions());
        foreach (var version in schema.GetVersions(TState.SessionTypeId).Where(v => v <= TState.SessionVersion))
        {
            var source = $"golden checkpoint of version {version.ToString(CultureInfo.InvariantCulture)}";
            replay.Add(source, () => Create(schema, TState.SessionTypeId, version, options));
        }

        return replay.Finish();
    }

    /// <summary>
    /// Resumes each checkpoint file in <paramref name="files"/> (golden checkpoints written by
    /// <see cref="WriteAll{TState}"/>, or real checkpoints of old versions) through the current code and its
    /// migrations, with the same checks as <see cref="Replay{TState}"/>.
    /// </summary>
    public static GoldenReplayReport<TState> ReplayFiles<TState>(
        SessionSchema schema,
        IEnumerable<string> files,
        GoldenCheckpointOptions? options = null
    )
        where TState : ISessionState<TState>
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(files);
        var replay = new GoldenReplay<TState>(schema, options ?? new GoldenCheckpointOptions());
        foreach (var file in files)
        {
            replay.Add(file, () => File.ReadAllBytes(file));
        }

        return replay.Finish();
    }
}
