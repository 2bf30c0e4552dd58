using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SessionToolkit;

/// <summary>
/// What one pass over the envelope found: the head members and a reader positioned on the session object.
/// </summary>
internal ref struct EnvelopeHead
{
    public int? Version;

    public string? TypeId;

    public bool HasMetadata;

    /// <summary>The metadata members, filled only when the scan was asked to keep them.</summary>
    public Dictionary<string, JsonElement>? Metadata;

    public bool HasSession;

    /// <summary>A copy of the reader taken on the session object's <c>StartObject</c>.</summary>
    public Utf8JsonReader Session;
}

/// <summary>What an envelope scan keeps and how far it reads.</summary>
[Flags]
internal enum EnvelopeReading
{
    /// <summary>Read the whole document and drop the metadata values, as Resume does.</summary>
    Whole = 0,

    /// <summary>Keep the metadata values for the caller.</summary>
    KeepMetadata = 1,

    /// <summary>Stop on the session member once version, type and metadata are known.</summary>
    StopAtSession = 2,
}

/// <summary>Names of the envelope members, in the order Suspend writes them.</summary>
internal static class EnvelopeNames
{
    public static ReadOnlySpan<byte> Version => "version"u8;

    public static ReadOnlySpan<byte> Type => "type"u8;

    public static ReadOnlySpan<byte> Metadata => "metadata"u8;

    public static ReadOnlySpan<byte> Session => "session"u8;
}
