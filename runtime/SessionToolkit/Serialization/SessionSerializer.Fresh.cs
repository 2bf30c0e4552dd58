using System;
using System.Text.Json;

namespace SessionToolkit;

public static partial class SessionSerializer
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>
    /// Creates the state of a session that has no checkpoint yet by reading an empty <c>session</c> object, so
    /// that every member keeps the default its declaration gives and no reflection is needed.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="T"/> has required members or constructor parameters, which an empty object cannot
    /// give.
    /// </exception>
    internal static T CreateDefault<T>(SessionSerializerOptions options)
        where T : ISessionState<T>
    {
        var context = new SessionReadContext(options) { StoredVersion = T.SessionVersion };
        var reader = new Utf8JsonReader(EmptyObject);
        reader.Read();
        try
        {
            return T.Read(ref reader, context);
        }
        catch (CorruptedSessionException exception)
        {
            throw new InvalidOperationException(
                $"A fresh {T.SessionTypeId} cannot be made from defaults ({exception.Message}); "
                    + "pass createState to SessionManager.LoadSession.",
                exception
            );
        }
    }
}
