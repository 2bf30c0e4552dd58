using SessionToolkit;

namespace Lab
{
    // A user namespace segment and type named like framework roots.
    namespace System
    {
        public class Text { }
    }

    public class Utf8JsonWriter { }

    [SessionState(Version = 1)]
    public partial class Probe
    {
        public string? writer { get; set; }
        public string? reader { get; set; }
        public int value { get; set; }
        public int state { get; set; }
        public int Version { get; set; }
        public string? type { get; set; }

        // Overloads of the generated member names with other signatures: they must compile.
        public static void Write(int only) { }

        public static int Read(string only) => only.Length;

        public static void WriteMetadata() { }

        public static int SessionVersion(int only) => only;
    }

    // Same names and signatures as the ISessionState members: they compile because the generated members
    // are explicit interface implementations.
    [SessionState(Version = 1)]
    public partial class ProbeCopy
    {
        public int Value { get; set; }

        public static void Write(
            global::System.Text.Json.Utf8JsonWriter writer,
            ProbeCopy value,
            SessionWriteContext context
        ) { }

        public static ProbeCopy Read(ref global::System.Text.Json.Utf8JsonReader reader, SessionReadContext context) =>
            new();

        public static int SessionVersion => 99;

        public static string SessionTypeId => "user";
    }
}
