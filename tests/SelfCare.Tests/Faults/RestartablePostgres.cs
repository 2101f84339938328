using Npgsql;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Faults;

/// <summary>
/// A PostgreSQL server of one test's own, on a loopback port in a temporary folder (as the postgres user when running as
/// root), that the test may stop and start again: the shared test server (<see cref="Infrastructure.PostgresServer"/>)
/// serves every other test at the same time and must never go down.
/// </summary>
internal sealed class RestartablePostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;
    private readonly bool _asRoot = Environment.UserName == "root";

    public RestartablePostgres()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order().Last();
        _folder = Path.Combine(Path.GetTempPath(), $"selfcare-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        // The test script's sweep stops a server whose owner is gone (this test process killed mid-run).
        File.WriteAllText(Path.Combine(_folder, "owner.pid"), Environment.ProcessId.ToString());
        if (_asRoot)
            PostgresServer.Run("chown", $"postgres:postgres {_folder}");
        _port = PostgresServer.FreePort();
        Pg("initdb", $"-D {Data} -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8");
        Start();
    }

    private string Data => Path.Combine(_folder, "data");

    public string ConnectionString => new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Pooling = true }.ToString();

    public void Start() => Pg("pg_ctl",
        $"-D {Data} -l {_folder}/server.log -w -t 60 -o \"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c max_connections=200\" start");

    /// <summary>Fast shutdown: open sessions are ended, as when the server restarts for maintenance.</summary>
    public void Stop() => Pg("pg_ctl", $"-D {Data} -m fast -w stop");

    public void Dispose()
    {
        try
        {
            Pg("pg_ctl", $"-D {Data} -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void Pg(string tool, string arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (_asRoot)
            PostgresServer.Run("runuser", $"-u postgres -- {path} {arguments}");
        else
            PostgresServer.Run(path, arguments);
    }
}
