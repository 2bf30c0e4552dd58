using System;

namespace SessionToolkit;

/// <summary>Leaves a member that would be persisted by default out of the checkpoint.</summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    Inherited = true,
    AllowMultiple = false
)]
public sealed class TransientAttribute : Attribute { }
