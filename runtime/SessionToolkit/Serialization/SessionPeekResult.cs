using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>The head of a checkpoint, read without materialising the state.</summary>
public sealed class SessionPeekResult
{
    internal SessionPeekResult(int version, string? typeId, IReadOnlyDictionary<string, JsonElement> metadata)
    {
        Version = version;
        TypeId = typeId;
        Metadata = metadata;
    }

    /// <summary>Format version of the state that wrote the checkpoint.</summary>
    public int Version { get; }

    /// <summary>Type id of the state, or <c>null</c> for a checkpoint without one (as plainbox writes).</summary>
    public string? TypeId { get; }

    /// <summary>The metadata members by name; empty when the checkpoint has none.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; }
}
