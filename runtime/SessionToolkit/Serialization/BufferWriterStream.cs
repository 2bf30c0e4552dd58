using System;
using System.Buffers;
using System.IO;

namespace SessionToolkit;

/// <summary>A write-only stream that appends to an <see cref="IBufferWriter{T}"/>, so DeflateStream can fill it.</summary>
internal sealed class BufferWriterStream(IBufferWriter<byte> destination) : Stream
{
    private bool _sealed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_sealed)
        {
            destination.Write(buffer);
        }
    }

    /// <summary>Discards every later write, so that bytes a stream writes while it is disposed are dropped.</summary>
    public void Seal() => _sealed = true;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
