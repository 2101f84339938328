namespace SelfCare.Host.Documents;

/// <summary>
/// A write-only stream that takes the synchronous writes of ZipArchive, DeflateStream and XmlWriter into a
/// buffer and hands them to the real output only in <see cref="DrainAsync"/>. So the output (a response body
/// that forbids synchronous I/O) is written asynchronously, and memory stays bounded because the writer
/// drains after every row once <see cref="Pending"/> passes <see cref="DrainThreshold"/>.
/// Non-seekable on purpose: ZipArchive then streams entries with data descriptors instead of seeking back.
/// </summary>
internal sealed class BufferedAsyncOutput(Stream output) : Stream
{
    public const int DrainThreshold = 64 * 1024;

    private MemoryStream _buffer = new(DrainThreshold * 2);
    private long _written;

    public long Pending => _buffer.Length;

    public bool ShouldDrain => _buffer.Length >= DrainThreshold;

    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length == 0)
            return;
        await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        _buffer.SetLength(0);
        // A single huge row may have grown the buffer; give that memory back.
        if (_buffer.Capacity > DrainThreshold * 16)
            _buffer = new MemoryStream(DrainThreshold * 2);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _buffer.WriteByte(value);
        _written++;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    // Flush is a no-op: bytes reach the output only through DrainAsync.
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
