using System.Net.Sockets;

namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>A socket stream that asks Linux to acknowledge received data at once before every read (TCP_QUICKACK).</summary>
internal sealed class QuickAckStream(Socket socket) : NetworkStream(socket, ownsSocket: false)
{
    private const int IpProtocolTcp = 6;
    private const int TcpQuickAck = 12;
    private static readonly byte[] On = BitConverter.GetBytes(1);

    public override int Read(Span<byte> buffer)
    {
        QuickAck();
        return base.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        QuickAck();
        return base.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        QuickAck();
        return base.ReadAsync(buffer, offset, count, cancellationToken);
    }

    // The kernel clears the flag after it acts, so it is set again before each read.
    private void QuickAck() => socket.SetRawSocketOption(IpProtocolTcp, TcpQuickAck, On);
}
