using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SelfCare.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run: SELFCARE_TEST_POSTGRES when set, otherwise one started here
/// on a loopback port in a temporary folder (as the postgres user when running as root) and stopped at exit.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Connection string to the server (no database named).</summary>
    public static string ConnectionString => Server.Value;

    private static string Start()
    {
        var configured = Environment.GetEnvironmentVariable("SELFCARE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order().LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("PostgreSQL is not installed: run `apt-get install -y postgresql` (or set SELFCARE_TEST_POSTGRES).");

        var asRoot = Environment.UserName == "root";
        StopAbandonedServers(bin, asRoot);
        var folder = Path.Combine(Path.GetTempPath(), $"selfcare-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString());
        if (asRoot)
            Run("chown", $"postgres:postgres {folder}");
        var port = FreePort();
        RunPg(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8");
        RunPg(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {folder}/server.log -w -t 60 -o \"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { RunPg(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop"); Directory.Delete(folder, true); }
            catch { /* best effort at exit */ }
        };
        return new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Pooling = true, MaxPoolSize = 20 }.ToString();
    }

    /// <summary>
    /// A test process that ended before its exit handler finished leaves its server or folder behind: remove
    /// every one whose owning test process is gone, so runs on one machine do not pile them up.
    /// </summary>
    private static void StopAbandonedServers(string bin, bool asRoot)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "selfcare-pg-*"))
        {
            var owner = Path.Combine(folder, "owner.pid");
            var abandoned = File.Exists(owner)
                ? int.TryParse(File.ReadAllText(owner), out var pid) && !Directory.Exists($"/proc/{pid}")
                : Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-10);
            if (!abandoned)
                continue;
            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                    RunPg(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {Path.Combine(folder, "data")} -m immediate -w stop");
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // Another run may be cleaning it up at the same moment.
            }
        }
    }

    private static void RunPg(bool asRoot, string tool, string arguments) =>
        Run(asRoot ? "runuser" : tool, asRoot ? $"-u postgres -- {tool} {arguments}" : arguments);

    internal static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed: {output.Result} {error.Result}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
