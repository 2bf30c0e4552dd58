namespace SessionToolkit.Generators.Model;

/// <summary>How the reader gives a persisted member its value.</summary>
internal enum MemberAssignment
{
    /// <summary>Assigned after construction, and only when the checkpoint has it.</summary>
    Setter,

    /// <summary>Set in the object initializer (<c>init</c> and <c>required</c> members).</summary>
    Initializer,

    /// <summary>Passed to the constructor.</summary>
    Constructor,
}

/// <summary>One persisted member of a generated type.</summary>
/// <param name="Identifier">C# identifier, escaped with <c>@</c> when it is a keyword.</param>
/// <param name="JsonName">Name in the JSON object, after the naming policy and <c>[Persist(Name)]</c>.</param>
/// <param name="MustBePresent">A missing value is an error (constructor and <c>required</c> members).</param>
internal sealed record MemberSpec(
    string Identifier,
    string JsonName,
    TypeRefSpec Type,
    MemberAssignment Assignment,
    bool MustBePresent,
    int Since,
    bool IsMetadata
);
