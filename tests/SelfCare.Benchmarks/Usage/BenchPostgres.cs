using System.Net;
using System.Net.Sockets;

namespace SelfCare.Benchmarks.Usage;

/// <summary>A private PostgreSQL cluster on a free loopback port in the suite's folder (fsync off, as the tests run it), stopped at the end.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asRoot = Environment.UserName == "root";

    private BenchPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Pooling=true;Maximum Pool Size=20";

    public static async Task<BenchPostgres> StartAsync(string work)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order().LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql.");
        var folder = Path.Combine(work, "pg");
        Directory.CreateDirectory(folder);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new BenchPostgres(bin, folder, port);
        if (server._asRoot)
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        await server.PgAsync("initdb", "-D", server._data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        await server.PgAsync("pg_ctl", "-D", server._data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB", "start");
        return server;
    }

    public async ValueTask DisposeAsync() => await PgAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");

    private Task PgAsync(string tool, params string[] arguments) =>
        _asRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments]) : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var (code, output) = await ChildProcesses.RunAsync(file, Path.GetTempPath(), TimeSpan.FromMinutes(2), arguments);
        if (code != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({code}): {output}");
    }
}
