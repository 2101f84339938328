namespace SelfCare.Benchmarks.Load;

/// <summary>
/// The host process at one moment of the soak, from /proc: resident memory, threads, open file descriptors, those that are
/// sockets, and the established TCP connections on its port (the server ends of the clients' keep-alive connections).
/// </summary>
internal sealed record HostSample(TimeSpan At, double RssMb, int Threads, int Fds, int Sockets, int TcpEstablished);
