using System;
using System.Buffers;

namespace SessionToolkit;

public static partial class SessionSerializer
{
    /// <summary>
    /// Writes the checkpoint envelope of <paramref name="state"/> as uncompressed UTF-8 JSON into
    /// <paramref name="destination"/>: what <see cref="Suspend{T}(T, IBufferWriter{byte}, SessionSerializerOptions?)"/>
    /// compresses. The benchmarks compare this step with System.Text.Json, which has no gzip step.
    /// </summary>
    /// <exception cref="SessionSuspendException">The state has a cycle, is too deep or too large.</exception>
    internal static void SuspendJson<T>(
        T state,
        IBufferWriter<byte> destination,
        SessionSerializerOptions? options = null
    )
        where T : ISessionState<T>
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= SessionSerializerOptions.Default;
        options.Validate();

        var written = WriteEnvelope(state, destination, options);

        // The same limit as Suspend, although the bytes are already in the destination: JSON above it could not be
        // read back.
        if (written > options.MaxUncompressedBytes)
        {
            throw TooLarge(written, options);
        }
    }

    /// <summary>
    /// Reads uncompressed envelope JSON, as <see cref="SuspendJson"/> writes it, back into a state object, with the
    /// checks of <see cref="Resume{T}(ReadOnlySpan{byte}, SessionSerializerOptions?, string?)"/> after its gzip step.
    /// </summary>
    /// <exception cref="CorruptedSessionException">The JSON is damaged or larger than the limit.</exception>
    /// <exception cref="IncompatibleSessionException">The JSON is newer or holds another state type.</exception>
    internal static T ResumeJson<T>(ReadOnlySpan<byte> json, SessionSerializerOptions? options = null)
        where T : ISessionState<T>
    {
        options ??= SessionSerializerOptions.Default;
        options.Validate();

        if (json.Length > options.MaxUncompressedBytes)
        {
            throw SessionFaults.Corrupted(
                $"the JSON holds {json.Length} bytes, above the limit of {options.MaxUncompressedBytes} bytes "
                    + "(SessionSerializerOptions.MaxUncompressedBytes)",
                null,
                null
            );
        }

        return ReadEnvelope<T>(json, options, null);
    }
}
