using System.ComponentModel;
using System.Text.Json;

namespace SessionToolkit;

// Finds the "$type" discriminator in any position: the scan runs on a copy of the reader (a struct), so the
// caller's reader stays on the object's start and the derived type's reader then reads the object whole.
public sealed partial class SessionReadContext
{
    /// <summary>Returns the <c>"$type"</c> member of the object the reader is on, or <c>null</c> when it has none.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? FindDiscriminator(Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        while (ReadNextMember(ref reader))
        {
            if (reader.ValueTextEquals("$type"u8))
            {
                _path.PushName("$type");
                Advance(ref reader);
                var discriminator = ReadString(ref reader);
                _path.Pop();
                return discriminator;
            }

            SkipMember(ref reader);
        }

        return null;
    }

    /// <summary>Creates the error for a discriminator that names no derived type.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CorruptedSessionException UnknownDiscriminator(string? discriminator, string baseType) =>
        discriminator is null
            ? Corrupted($"The object has no \"$type\" member, which the abstract type {baseType} needs")
            : Corrupted($"The \"$type\" value '{discriminator}' names no derived type of {baseType}");
}
