using System.Diagnostics;
using System.Net.Sockets;

namespace SelfCare.Tests.Cluster;

/// <summary>
/// Debian's nginx in front of the nodes, run here as a non-daemon child with its own prefix and config on a free loopback
/// port (the machine's nginx service is not touched). The upstream follows docs/production/nginx.conf; a request header
/// <see cref="NodeHeader"/> pins a request to one node so a test can choose where each step lands. Every response names
/// the node that answered in X-Upstream.
/// </summary>
internal sealed class NginxProxy : IDisposable
{
    public const string NodeHeader = "X-SelfCare-Node";
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProxy(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public static NginxProxy Start(int nodeA, int nodeB)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: `apt-get install -y nginx` (test.sh installs it).");
        var prefix = Path.Combine(Path.GetTempPath(), $"selfcare-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        var port = FreePort();
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, Config(port, nodeA, nodeB, prefix));
        var info = new ProcessStartInfo(nginx) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", prefix, "-c", config, "-e", Path.Combine(prefix, "logs", "error.log") })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, prefix, port);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited: {process.StandardError.ReadToEnd()} {proxy.ErrorLog()}");
            try
            {
                using var client = new TcpClient();
                client.Connect(System.Net.IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        proxy.Dispose();
        throw new TimeoutException("nginx did not listen: " + proxy.ErrorLog());
    }

    public string ErrorLog()
    {
        var log = Path.Combine(_prefix, "logs", "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    // daemon off: the test owns the process. POSTs are never replayed on the other node (nginx's default since 1.9.13):
    // a payment in flight when its node dies must be settled by reconciliation, not charged a second time.
    private static string Config(int port, int nodeA, int nodeB, string prefix) => $$"""
        daemon off;
        worker_processes 1;
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        pid {{prefix}}/nginx.pid;
        events { worker_connections 256; }
        http {
            access_log {{prefix}}/logs/access.log;
            client_body_temp_path {{prefix}}/body;
            proxy_temp_path {{prefix}}/proxy;
            fastcgi_temp_path {{prefix}}/fastcgi;
            uwsgi_temp_path {{prefix}}/uwsgi;
            scgi_temp_path {{prefix}}/scgi;
            upstream selfcare { server 127.0.0.1:{{nodeA}} max_fails=1 fail_timeout=30s; server 127.0.0.1:{{nodeB}} max_fails=1 fail_timeout=30s; }
            upstream node_a { server 127.0.0.1:{{nodeA}}; }
            upstream node_b { server 127.0.0.1:{{nodeB}}; }
            map $http_x_selfcare_node $pool { a node_a; b node_b; default selfcare; }
            server {
                listen 127.0.0.1:{{port}};
                client_max_body_size 30m;
                location / {
                    proxy_pass http://$pool;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_read_timeout 120s;
                    add_header X-Upstream $upstream_addr always;
                }
            }
        }
        """;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // The workers are children of the master: take them too.
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        try { Directory.Delete(_prefix, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
