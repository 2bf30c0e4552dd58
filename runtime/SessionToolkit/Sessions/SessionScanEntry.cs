using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>One session of a <see cref="SessionStorageRepository.Scan(SessionSerializerOptions?)"/> listing.</summary>
/// <param name="Storage">The session folder.</param>
/// <param name="Status">What the listing found.</param>
/// <param name="Reason">
/// Why the session is not resumable, in plain words, or <c>null</c> when it is. For
/// <see cref="SessionStatus.Recovered"/> it is why the last checkpoint is unreadable.
/// </param>
/// <param name="Version">
/// Version stored in the checkpoint (for a recovered session, in <c>session.prev</c>), when it could be read.
/// </param>
/// <param name="TypeId">Type id stored in the checkpoint, when it could be read.</param>
/// <param name="Metadata">The checkpoint's metadata members; empty when they could not be read.</param>
public sealed record SessionScanEntry(
    SessionStorage Storage,
    SessionStatus Status,
    string? Reason,
    int? Version,
    string? TypeId,
    IReadOnlyDictionary<string, JsonElement> Metadata
);
