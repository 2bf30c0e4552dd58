using System.Text.Json;

namespace SessionToolkit;

/// <summary>Writes one value; generated code passes static lambdas of this type for collection elements.</summary>
public delegate void SessionValueWriter<in T>(Utf8JsonWriter writer, T value, SessionWriteContext context);

/// <summary>Reads one value with the reader on its first token; generated code passes static lambdas of this type.</summary>
public delegate T SessionValueReader<out T>(ref Utf8JsonReader reader, SessionReadContext context);

/// <summary>Turns one dictionary key, as written in JSON, back into the key type.</summary>
public delegate TKey SessionKeyReader<out TKey>(string key, SessionReadContext context);
