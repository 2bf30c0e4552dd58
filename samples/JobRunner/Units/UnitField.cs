namespace JobRunner.Units;

/// <summary>One <c>key: value</c> field of a unit record, with the 1-based line of its key.</summary>
/// <param name="Value">The value with continuation lines joined by <c>\n</c> and their common indentation removed.</param>
/// <param name="Line">The line on which the key is written.</param>
public sealed record UnitField(string Value, int Line);
