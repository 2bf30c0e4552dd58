using System;

namespace SessionToolkit;

/// <summary>
/// Opts a field or a non-public property into the checkpoint, or renames or dates a member that is persisted by
/// default.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    Inherited = true,
    AllowMultiple = false
)]
public sealed class PersistAttribute : Attribute
{
    /// <summary>JSON name of the member; overrides the type's naming policy.</summary>
    public string? Name { get; set; }

    /// <summary>First version of the state that has this member; older checkpoints leave it at its default.</summary>
    public int Since { get; set; }
}
