namespace SessionToolkit.Generators.Schema.Model;

/// <summary>What changed about one member or type between two shapes.</summary>
internal enum ShapeChangeKind
{
    /// <summary>A member the old shape lacks.</summary>
    MemberAdded,

    /// <summary>A member the new shape lacks: removed, or renamed to another JSON name.</summary>
    MemberRemoved,

    /// <summary>A type whose old values the new code cannot read.</summary>
    TypeChangedIncompatibly,

    /// <summary>A type whose old values the new code still reads, such as int32 to int64 or T to T?.</summary>
    TypeChangedCompatibly,

    /// <summary>A member that became required or optional.</summary>
    RequiredChanged,

    /// <summary>A member whose <c>Since</c> changed.</summary>
    SinceChanged,

    /// <summary>A derived type the old shape lacks.</summary>
    DerivedAdded,

    /// <summary>A derived type (by discriminator) the new shape lacks.</summary>
    DerivedRemoved,
}

/// <summary>One difference between two shapes of a state type.</summary>
/// <param name="Path">Where in the session object: member names joined by '.', with <c>[]</c> for an array element,
/// <c>{}</c> for a map value and <c>(discriminator)</c> for a derived type.</param>
/// <param name="Owner">The object type that declares the member in the newer shape (the older one for a removal), or
/// an empty string for the state itself.</param>
/// <param name="Member">The member's JSON name, or the discriminator of a derived type.</param>
/// <param name="Detail">For a type change: the reason old values can or cannot be read.</param>
/// <param name="Added">For an added member: the member as the new shape has it.</param>
internal sealed record ShapeChange(
    ShapeChangeKind Kind,
    string Path,
    string Owner,
    string Member,
    string OldType,
    string NewType,
    string Detail,
    MemberShapeSpec? Added = null
)
{
    /// <summary>The change as a short clause, such as "'timeout' changed from int32 to string".</summary>
    public string Describe() =>
        Kind switch
        {
            ShapeChangeKind.MemberAdded => $"'{Path}' was added",
            ShapeChangeKind.MemberRemoved => $"'{Path}' was removed or renamed",
            ShapeChangeKind.TypeChangedCompatibly when OldType == NewType => $"'{Path}': {Detail}",
            ShapeChangeKind.TypeChangedIncompatibly or ShapeChangeKind.TypeChangedCompatibly =>
                $"'{Path}' changed from {OldType} to {NewType}",
            ShapeChangeKind.RequiredChanged => $"'{Path}' became {NewType}",
            ShapeChangeKind.SinceChanged => $"the Since of '{Path}' changed from {OldType} to {NewType}",
            ShapeChangeKind.DerivedAdded => $"derived type '{Member}' of {Place} was added",
            _ => $"derived type '{Member}' of {Place} was removed",
        };

    private string Place => Path.Length == 0 ? "the state" : $"'{Path}'";
}
