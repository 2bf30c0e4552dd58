using System;
using System.Collections.Generic;

namespace SessionToolkit;

/// <summary>Settings of <see cref="GoldenCheckpoints"/>.</summary>
public sealed class GoldenCheckpointOptions
{
    /// <summary>
    /// Sample values as JSON text, by wire type without a trailing <c>?</c>, such as
    /// <c>Samples["converter&lt;Lab.IoLogConverter&gt;"] = "[[0.5, \"stdout\", \"aGk=\"]]"</c>. A sample replaces the
    /// made-up value of every member of that wire type, and is required for a member written by a converter or of a
    /// data type declared in another assembly, because the schema does not record their JSON.
    /// </summary>
    public IDictionary<string, string> Samples { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The limits used to resume and to suspend again; the defaults when null.</summary>
    public SessionSerializerOptions? SerializerOptions { get; init; }
}
