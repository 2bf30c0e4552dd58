using System;
using System.Buffers;
using System.Text.Json;

namespace SessionToolkit;

public static partial class SessionSerializer
{
    /// <summary>Writes <paramref name="state"/> as a checkpoint and returns its bytes.</summary>
    /// <exception cref="SessionSuspendException">The state has a cycle, is too deep or too large.</exception>
    public static byte[] Suspend<T>(T state, SessionSerializerOptions? options = null)
        where T : ISessionState<T>
    {
        using var buffer = new PooledByteBufferWriter();
        Suspend(state, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="state"/> as a checkpoint into <paramref name="destination"/>.</summary>
    /// <exception cref="SessionSuspendException">The state has a cycle, is too deep or too large.</exception>
    public static void Suspend<T>(T state, IBufferWriter<byte> destination, SessionSerializerOptions? options = null)
        where T : ISessionState<T> => Suspend(state, destination, options, jsonCapacityHint: 0);

    /// <summary>
    /// Writes <paramref name="state"/> as a checkpoint and returns the length of its uncompressed JSON. A caller
    /// that saves the same state again and again passes the last length as <paramref name="jsonCapacityHint"/>,
    /// so the JSON buffer is rented at its final size instead of growing from 256 bytes by doubling.
    /// </summary>
    internal static int Suspend<T>(
        T state,
        IBufferWriter<byte> destination,
        SessionSerializerOptions? options,
        int jsonCapacityHint
    )
        where T : ISessionState<T>
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= SessionSerializerOptions.Default;
        options.Validate();

        using var json = new PooledByteBufferWriter(jsonCapacityHint);
        WriteEnvelope(state, json, options);

        // The reader rejects more than this, so a larger checkpoint must not be written in the first place.
        if (json.WrittenCount > options.MaxUncompressedBytes)
        {
            throw TooLarge(json.WrittenCount, options);
        }

        CheckpointGzip.Compress(json.WrittenMemory, destination, options.CompressionLevel);
        return json.WrittenCount;
    }

    private static SessionSuspendException TooLarge(long jsonBytes, SessionSerializerOptions options) =>
        new(
            $"The checkpoint would hold {jsonBytes} bytes of JSON, above the limit of "
                + $"{options.MaxUncompressedBytes} bytes (SessionSerializerOptions.MaxUncompressedBytes)."
        );

    // Returns the number of JSON bytes written.
    private static long WriteEnvelope<T>(T state, IBufferWriter<byte> json, SessionSerializerOptions options)
        where T : ISessionState<T>
    {
        // The writer has the reader's depth limit, so that everything written can be read back.
        var writerOptions = new JsonWriterOptions { MaxDepth = options.MaxDepth };
        using var writer = new Utf8JsonWriter(json, writerOptions);
        var context = new SessionWriteContext(options);
        var path = "$.metadata";
        try
        {
            writer.WriteStartObject();
            writer.WriteNumber(EnvelopeNames.Version, T.SessionVersion);
            writer.WriteString(EnvelopeNames.Type, T.SessionTypeId);
            writer.WritePropertyName(EnvelopeNames.Metadata);
            T.WriteMetadata(writer, state, context);
            path = "$.session";
            writer.WritePropertyName(EnvelopeNames.Session);
            T.Write(writer, state, context);
            writer.WriteEndObject();
            writer.Flush();
            return writer.BytesCommitted;
        }
        catch (InvalidOperationException e) when (writer.CurrentDepth >= options.MaxDepth)
        {
            // An object cycle never ends, so it too stops at the depth limit, and the writer cannot distinguish the two.
            throw new SessionSuspendException(
                $"The state could not be written: a cycle or depth limit was hit under {path} "
                    + $"(SessionSerializerOptions.MaxDepth is {options.MaxDepth}).",
                path,
                e
            );
        }
    }
}
