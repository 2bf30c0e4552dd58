using SessionToolkit.Generators.Tests.Infrastructure;
using Xunit;

namespace SessionToolkit.Generators.Tests;

public class SnapshotTests
{
    [Theory]
    [InlineData("Case004", "Lab.Slot`1+Marker.g.cs", "GenericContainingData")]
    [InlineData("Case004", "Lab.Board.g.cs", "BoardState")]
    [InlineData("Case004", "Lab.Host`1+Inner.g.cs", "ConstrainedContainingState")]
    [InlineData("Case005", "Lab.checked.operator.g.cs", "KeywordIdentifiers")]
    [InlineData("Case008", "Lab.Cursor.g.cs", "PositionalRecord")]
    [InlineData("Case009", "Lab.Lease.g.cs", "ReadonlyFields")]
    [InlineData("Case011Types", "Lab.Notes.g.cs", "NullableMembers")]
    [InlineData("Case012", "Lab.Machine.g.cs", "EnumMembers")]
    public void GeneratedSource(string casePrefix, string hintName, string snapshot)
    {
        var run = GeneratorHarness.Run([new SessionStateGenerator()], Sources.Cases(casePrefix));

        Snapshot.Verify(snapshot, run.Source(hintName));
    }

    [Theory]
    [InlineData("SessionToolkit.Tests.Generated.Shape.g.cs", "AbstractPolymorphicBase")]
    [InlineData("SessionToolkit.Tests.Generated.Note.g.cs", "PolymorphicBase")]
    [InlineData("SessionToolkit.Tests.Generated.JobState.g.cs", "ConverterMetadataMigration")]
    public void FeatureSource(string hintName, string snapshot)
    {
        var run = GeneratorHarness.Run([new SessionStateGenerator()], Sources.Generated("FeatureTypes.cs"));

        Snapshot.Verify(snapshot, run.Source(hintName));
    }
}
