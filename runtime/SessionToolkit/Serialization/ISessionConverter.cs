using System.Text.Json;

namespace SessionToolkit;

/// <summary>
/// Reads and writes one member type that the generator does not know. Null values are the converter's to handle.
/// </summary>
public interface ISessionConverter<T>
{
    /// <summary>Writes <paramref name="value"/> as one JSON value.</summary>
    void Write(Utf8JsonWriter writer, T value);

    /// <summary>Reads one JSON value; the reader is positioned on the value's first token.</summary>
    T Read(ref Utf8JsonReader reader);
}
