using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SessionToolkit;

/// <summary>Runs the checks of one replay and collects them into a <see cref="GoldenReplayReport{TState}"/>.</summary>
internal sealed class GoldenReplay<TState>
    where TState : ISessionState<TState>
{
    private readonly SessionSerializerOptions _serializer;
    private readonly SchemaShape? _current;
    private readonly List<string> _problems = [];
    private readonly List<GoldenReplayResult<TState>> _results = [];

    public GoldenReplay(SessionSchema schema, GoldenCheckpointOptions options)
    {
        _serializer = options.SerializerOptions ?? SessionSerializerOptions.Default;
        var typeId = TState.SessionTypeId;
        var versions = schema.GetVersions(typeId);
        var code = TState.SessionVersion.ToString(CultureInfo.InvariantCulture);
        if (versions.Count == 0)
        {
            _problems.Add($"The schema records no state type with type id '{typeId}'.");
            return;
        }

        foreach (var newer in versions.Where(v => v > TState.SessionVersion))
        {
            _problems.Add(
                $"The schema records version {newer}, above the code's version {code}; its checkpoints are rejected."
            );
        }

        if (versions.Contains(TState.SessionVersion))
        {
            _current = schema.GetShape(typeId, TState.SessionVersion);
        }
        else
        {
            _problems.Add(
                $"The code's version {code} is not recorded, so members the migrations leave behind cannot be found; "
                    + "record it with 'dotnet build -p:UpdateSessionSchema=true'."
            );
        }
    }

    /// <summary>Replays one checkpoint; <paramref name="load"/> makes or reads its bytes.</summary>
    public void Add(string source, Func<byte[]> load)
    {
        var problems = new List<string>();
        var version = 0;
        var state = default(TState);
        try
        {
            var bytes = load();
            version = SessionSerializer.Peek(bytes, _serializer, source).Version;
            state = SessionSerializer.Resume<TState>(bytes, _serializer, source);
            CheckLeftovers(bytes, version, source, problems);
            SessionSerializer.Resume<TState>(SessionSerializer.Suspend(state, _serializer), _serializer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything a checkpoint or the state's own code throws is a failed replay of that checkpoint, and the
            // others still run.
            problems.Add($"{e.GetType().Name}: {e.Message}");
        }

        _results.Add(new GoldenReplayResult<TState>(source, version, state, problems));
    }

    public GoldenReplayReport<TState> Finish() => new(_results, _problems);

    // The resume above has already run the migrations, but on its own copy; they run again here to see what they
    // leave behind.
    private void CheckLeftovers(byte[] bytes, int version, string source, List<string> problems)
    {
        if (_current is null || version >= TState.SessionVersion)
        {
            return;
        }

        var error = CheckpointGzip.Decompress(bytes, _serializer.MaxUncompressedBytes, source, out var json);
        if (error is not null)
        {
            throw error;
        }

        using (json)
        {
            // The resume above read this JSON with the serializer's depth limit, which may be above the default.
            var limits = new JsonDocumentOptions { MaxDepth = _serializer.MaxDepth };
            var document = JsonNode.Parse(json!.WrittenSpan, documentOptions: limits)!;
            var session = document["session"]!.AsObject().DeepClone().AsObject();
            var migrated = TState.MigrateSession(session, version);
            foreach (var path in LeftoverMembers.Find(migrated, _current))
            {
                problems.Add(
                    $"{path} is still in the session after the migrations from version {version}, but version "
                        + $"{TState.SessionVersion} does not read it, so its value is lost; a migration should move "
                        + "it to its new member, or remove it on purpose."
                );
            }
        }
    }
}
