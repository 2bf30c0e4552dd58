using System;

namespace JobRunner.Units;

/// <summary>
/// Checkbox job ids: <c>namespace::partial-id</c>. A unit file does not name its namespace (plainbox takes it
/// from the provider that ships the file), so the loader qualifies every id and every <c>depends</c> or
/// <c>after</c> entry that has no <c>::</c> with one namespace, <see cref="DefaultNamespace"/> unless the caller
/// gives another. Ids that already contain <c>::</c> are kept as written.
/// </summary>
public static class JobId
{
    /// <summary>The namespace of the Checkbox certification provider, the one the real unit files are written for.</summary>
    public const string DefaultNamespace = "com.canonical.certification";

    /// <summary>The separator between namespace and partial id.</summary>
    public const string Separator = "::";

    /// <summary>Returns <paramref name="id"/> qualified with <paramref name="unitNamespace"/> unless it already has a namespace.</summary>
    public static string Qualify(string id, string unitNamespace) =>
        id.Contains(Separator, StringComparison.Ordinal) ? id : unitNamespace + Separator + id;

    /// <summary>Returns the part of <paramref name="id"/> after its namespace, or the id itself when it has none.</summary>
    public static string Partial(string id)
    {
        var separator = id.IndexOf(Separator, StringComparison.Ordinal);
        return separator < 0 ? id : id[(separator + Separator.Length)..];
    }
}
