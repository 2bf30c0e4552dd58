using System;
using System.IO;

namespace SessionToolkit;

/// <summary>
/// A read-only stream over unmanaged memory that hands out its last byte in a read of its own. DeflateStream
/// asks for more input only when it has used up what it was given, so it has read that last byte exactly when
/// the deflate data fills the whole input; <see cref="ReachedEnd"/> reports whether anything was left over.
/// </summary>
internal sealed unsafe class HeldBackInputStream(byte* start, int length) : Stream
{
    private int _position;

    public bool ReachedEnd => _position == length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var remaining = length - _position;
        var count = remaining > 1 ? Math.Min(buffer.Length, remaining - 1) : Math.Min(buffer.Length, remaining);
        new ReadOnlySpan<byte>(start + _position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
