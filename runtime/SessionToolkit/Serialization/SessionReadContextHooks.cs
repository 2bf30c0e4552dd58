using System.Runtime.CompilerServices;

namespace SessionToolkit;

/// <summary>
/// Carries the stored version to readers until <see cref="SessionReadContext"/> has a StoredVersion property of
/// its own; then <see cref="SetStoredVersion"/> sets that property and this table goes.
/// </summary>
internal static class SessionReadContextHooks
{
    private static readonly ConditionalWeakTable<SessionReadContext, StrongBox<int>> StoredVersions = new();

    public static void SetStoredVersion(SessionReadContext context, int version) =>
        StoredVersions.AddOrUpdate(context, new StrongBox<int>(version));

    public static int GetStoredVersion(SessionReadContext context) =>
        StoredVersions.TryGetValue(context, out var box) ? box.Value : 0;
}
