using System.ComponentModel;
using System.Text.Json;

namespace SessionToolkit;

// The "$type" discriminator of [SessionDerivedType] values: the base type's writer sets it, and the derived
// type's writer puts it first in its object.
public sealed partial class SessionWriteContext
{
    private string? _pendingDiscriminator;

    /// <summary>Writes <paramref name="value"/> through the derived type's serializer, with <c>"$type"</c> first.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDerived<TDerived>(Utf8JsonWriter writer, TDerived value, string discriminator)
        where TDerived : ISessionData<TDerived>
    {
        _pendingDiscriminator = discriminator;
        TDerived.Write(writer, value, this);
    }

    /// <summary>Writes the discriminator that <see cref="WriteDerived"/> set, if any, right after the object start.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WritePendingDiscriminator(Utf8JsonWriter writer)
    {
        if (_pendingDiscriminator is { } discriminator)
        {
            _pendingDiscriminator = null;
            writer.WriteString("$type", discriminator);
        }
    }
}
