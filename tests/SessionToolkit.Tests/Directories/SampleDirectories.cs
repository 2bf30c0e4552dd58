using SessionToolkit;

namespace SessionToolkit.Tests.Directories
{
    [WellKnownDirectories]
    public partial class RunDirs
    {
        [WellKnownDirectory("logs")]
        public partial string Logs { get; }

        [WellKnownDirectory("io-logs/raw")]
        public partial string RawIoLogs { get; }

        [WellKnownDirectory("attachments")]
        internal partial string Attachments { get; }

        // Same name as the generated method with another signature: an overload.
        public int Populate(string only) => only.Length;
    }

    public static partial class Holder
    {
        [WellKnownDirectories]
        public partial class NestedDirs
        {
            [WellKnownDirectory("nested")]
            public partial string Nested { get; }
        }
    }

    [WellKnownDirectories]
    public partial class @namespace
    {
        [WellKnownDirectory("out")]
        public partial string @out { get; }
    }
}
