using System.Collections.Generic;

namespace JobRunner.Units;

/// <summary>One record of a unit file: the fields between two blank lines, keyed case-sensitively.</summary>
/// <param name="Line">The line of the record's first field.</param>
/// <param name="Fields">The fields in file order; translatable keys keep their leading <c>_</c>.</param>
public sealed record UnitRecord(int Line, IReadOnlyDictionary<string, UnitField> Fields);
