using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using SessionToolkit.Tests.Generated;

namespace SessionToolkit.Tests.Hostile;

/// <summary>CsCheck generators of valid <see cref="InspectionState"/> objects and their checkpoints.</summary>
internal static class InspectionGen
{
    // Characters that JSON escapes, non-ASCII text of one to three UTF-8 bytes, and plain letters.
    private static readonly Gen<char> TextChar = Gen.Char["abcXYZ019 _-./\"\\\t\n\u0001éß€日"];

    private static readonly Gen<string> Text = Gen.String[TextChar, 0, 12];

    private static readonly Gen<string> Word = Gen.String[Gen.Char.AlphaNumeric, 1, 8];

    private static readonly Gen<JsonElement> Extra = Gen.OneOf(
            "null",
            "1.5",
            "\"text\"",
            "[1,\"two\",null,{\"three\":[]}]",
            "{\"nested\":{\"deeper\":[true,false]}}"
        )
        .Select(json => JsonDocument.Parse(json).RootElement.Clone());

    private static readonly Gen<Uri?> Origin = Gen.OneOf<Uri?>(
        null,
        new Uri("https://example.invalid/run?id=7"),
        new Uri("relative/path", UriKind.Relative),
        new Uri("file:///var/tmp/x")
    );

    private static readonly Gen<Shape?> Figure = Gen.OneOf<Shape?>(
        Gen.Const((Shape?)null),
        Gen.Double[-1e6, 1e6].Select(r => (Shape?)new Circle { Radius = r, Tag = "c" }),
        Gen.Double[0, 1e6].Select(s => (Shape?)new Square { Side = s }),
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 2], (s, c) => (Shape?)new RoundedSquare { Side = s, Corner = c })
    );

    private static readonly Gen<InspectionStep> Step = Gen.Select(
        Text,
        Gen.Enum<StepOutcome>(),
        Gen.Int.Nullable(),
        Gen.Long[0, TimeSpan.TicksPerDay],
        Gen.Select(Word, Text).Array[0, 3],
        (name, outcome, exitCode, ticks, environment) =>
            new InspectionStep
            {
                Name = name,
                Outcome = outcome,
                ExitCode = exitCode,
                Duration = TimeSpan.FromTicks(ticks),
                Environment = ToDictionary(environment),
            }
    );

    private static readonly Gen<InspectionState> Scalars = Gen.Select(
        Text,
        Gen.Int,
        Gen.Long,
        Gen.Double,
        Gen.Decimal,
        Gen.Bool,
        Gen.Char.AlphaNumeric,
        Gen.Guid,
        (title, attempt, bytes, score, cost, passed, grade, id) =>
            new InspectionState
            {
                Title = title,
                Attempt = attempt,
                Bytes = bytes,
                Score = score,
                Cost = cost,
                Passed = passed,
                Grade = grade,
                Id = id,
            }
    );

    private static readonly Gen<InspectionState> Leaf = Gen.Select(
        Scalars,
        Gen.DateTimeOffset,
        Gen.DateOnly,
        Origin,
        Gen.Byte.Array[0, 16],
        Gen.Enum<StepOutcome>().Nullable(),
        Figure,
        Extra,
        (state, started, day, origin, digest, last, figure, extra) =>
        {
            state.Started = started;
            state.Day = day;
            state.Origin = origin;
            state.Digest = digest;
            state.LastOutcome = last;
            state.Figure = figure;
            state.Extra = extra;
            return state;
        }
    );

    /// <summary>A state with collections of zero to a few entries, holding a leaf state or none.</summary>
    public static readonly Gen<InspectionState> State = Gen.Select(
        Leaf,
        Step.List[0, 3],
        Gen.Select(Word, Gen.Int.Nullable().List[0, 3]).Array[0, 3],
        Gen.Select(Gen.Enum<StepOutcome>(), Gen.Int).Array[0, 3],
        Gen.Select(Gen.Long, Gen.Double).Array[0, 3],
        Word.Array[0, 3],
        Gen.Select(Gen.Int, Gen.Int),
        Leaf.Null(0.5),
        (state, steps, counters, byOutcome, timings, tags, cursor, previous) =>
        {
            state.Steps = steps;
            state.Counters = ToDictionary(counters);
            state.ByOutcome = ToDictionary(byOutcome);
            state.Timings = ToDictionary(timings);
            state.Tags = [.. tags];
            state.Seen = [.. steps.Select(step => step.ExitCode ?? 0)];
            state.Cursor = cursor;
            state.Previous = previous;
            return state;
        }
    );

    /// <summary>Checkpoints of <see cref="State"/> as Suspend writes them.</summary>
    public static readonly Gen<byte[]> Checkpoint = State.Select(state => SessionSerializer.Suspend(state));

    private static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>((TKey Key, TValue Value)[] pairs)
        where TKey : notnull => pairs.DistinctBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.Value);
}
