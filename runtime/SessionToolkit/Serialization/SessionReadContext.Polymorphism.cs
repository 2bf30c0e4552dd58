using System.ComponentModel;
using System.Text.Json;

namespace SessionToolkit;

// Finds the "$type" discriminator in any position: the scan runs on a copy of the reader (a struct), so the
// caller's reader stays on the object's start and the derived type's reader then reads the object whole.
public sealed partial class SessionReadContext
{
    /// <summary>
    /// Returns the <c>"$type"</c> member of the object the reader is on, or <c>null</c> when it has none. The
    /// whole object is scanned, because the derived type's reader skips <c>"$type"</c> as an unknown member and
    /// would not notice a second one.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? FindDiscriminator(Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        string? discriminator = null;
        var seen = false;
        while (ReadNextMember(ref reader))
        {
            if (!reader.ValueTextEquals("$type"u8))
            {
                SkipMember(ref reader);
                continue;
            }

            BeginMember(ref reader, "$type", ref seen);
            discriminator = ReadString(ref reader);
            EndMember();
        }

        return discriminator;
    }

    /// <summary>Creates the error for a discriminator that names no derived type.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CorruptedSessionException UnknownDiscriminator(string? discriminator, string baseType) =>
        discriminator is null
            ? Corrupted($"The object has no \"$type\" member, which the abstract type {baseType} needs")
            : Corrupted($"The \"$type\" value '{discriminator}' names no derived type of {baseType}");
}
