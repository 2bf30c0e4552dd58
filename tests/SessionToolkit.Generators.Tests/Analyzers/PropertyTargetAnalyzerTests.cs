using System.Threading.Tasks;
using Xunit;
using Verify = SessionToolkit.Generators.Tests.Infrastructure.SessionAnalyzerTest<SessionToolkit.Generators.Analyzers.PropertyTargetAnalyzer>;

namespace SessionToolkit.Generators.Tests.Analyzers;

public class PropertyTargetAnalyzerTests
{
    [Fact]
    public Task TransientWithoutTargetOnAttribute() =>
        Verify.VerifyAsync(
            """
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial record Tagged([{|#0:Transient|}] string Temp, int Id);
            """,
            Verify
                .Diagnostic(DiagnosticDescriptors.AttributeNeedsPropertyTarget)
                .WithLocation(0)
                .WithArguments("Transient", "Temp")
        );

    [Fact]
    public Task EachMemberAttributeReported() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;
            using SessionToolkit;
            public sealed class IntConverter : ISessionConverter<int>
            {
                public void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
                public int Read(ref Utf8JsonReader reader) => reader.GetInt32();
            }
            [SessionState(Version = 1)]
            public partial record struct Window(
                [{|#0:Persist(Name = "from")|}, {|#1:SessionMetadata|}] int Start,
                [{|#2:SessionToolkit.SessionConverter(typeof(IntConverter))|}] int Length
            );
            """,
            Verify
                .Diagnostic(DiagnosticDescriptors.AttributeNeedsPropertyTarget)
                .WithLocation(0)
                .WithArguments("Persist", "Start"),
            Verify
                .Diagnostic(DiagnosticDescriptors.AttributeNeedsPropertyTarget)
                .WithLocation(1)
                .WithArguments("SessionMetadata", "Start"),
            Verify
                .Diagnostic(DiagnosticDescriptors.AttributeNeedsPropertyTarget)
                .WithLocation(2)
                .WithArguments("SessionToolkit.SessionConverter", "Length")
        );

    [Fact]
    public Task TargetedAttributesAreQuiet() =>
        Verify.VerifyAsync(
            """
            using System;
            using SessionToolkit;
            [SessionState(Version = 1)]
            public partial record Marker([property: Transient] string Scratch, [param: Transient] string Other, string Label);
            [SessionState(Version = 1)]
            public partial record Plain([System.ComponentModel.Description("old")] int Old);
            public class Worker([Transient] int unused)
            {
                public void Run([Persist] int count) { }
            }
            """
        );
}
