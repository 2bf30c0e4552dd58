using System;

namespace SessionToolkit;

/// <summary>
/// Marks a persisted member that is also written into the checkpoint's <c>metadata</c> object, so that
/// <c>SessionSerializer.Peek</c> and listings can show it without reading the whole state.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    Inherited = true,
    AllowMultiple = false
)]
public sealed class SessionMetadataAttribute : Attribute { }
