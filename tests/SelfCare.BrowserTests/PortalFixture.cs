using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Playwright;

namespace SelfCare.BrowserTests;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Running portal";
}

/// <summary>
/// Starts the real host (its build output, as a child process on a free loopback port, with a fresh data
/// folder so the demo tenants are seeded anew) and Debian's Chromium through Playwright. Everything is
/// torn down at the end: the browser, the Playwright driver, the host's whole process tree, the data folder.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan TenantActivationTimeout = TimeSpan.FromSeconds(120);

    private readonly StringBuilder _hostLog = new();
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-browser-{Guid.NewGuid():N}");
    private Process? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public int Port { get; private set; }

    /// <summary>The host's own address (tenants are reached under their URL prefix here).</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The installed themes' defaults, read from the theme assemblies the host runs with.</summary>
    public IReadOnlyDictionary<string, ThemeDefaults> Themes { get; private set; } = new Dictionary<string, ThemeDefaults>();

    /// <summary>Full path of axe-core's browser bundle (from npm, in this project's node_modules).</summary>
    public string AxeScriptPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's Chromium; install it with: apt-get install -y chromium");

        var testsFolder = Metadata("SelfCare.BrowserTestsFolder");
        AxeScriptPath = Path.Combine(testsFolder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(AxeScriptPath))
            throw new InvalidOperationException(
                $"axe-core was not found at {AxeScriptPath}. Run `npm ci` in {testsFolder} (it installs the version pinned in package-lock.json).");

        var hostOutput = Environment.GetEnvironmentVariable("SELFCARE_HOST_OUTPUT") is { Length: > 0 } overridden
            ? overridden
            : Metadata("SelfCare.HostOutput");
        var hostDll = Path.Combine(hostOutput, "SelfCare.Host.dll");
        if (!File.Exists(hostDll))
            throw new InvalidOperationException(
                $"The host was not found at {hostDll}. Build it first (dotnet build src/SelfCare.Host), or set SELFCARE_HOST_OUTPUT to its output folder.");

        Themes = ThemeDefaults.ReadInstalled(hostOutput);
        try
        {
            await StartHostAsync(hostDll, hostOutput);
            await WarmUpTenantsAsync();

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch
        {
            // Never leave a host (or browser) running behind a failed start.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
        StopHost();
        try
        {
            if (Directory.Exists(_dataRoot))
                Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup; the next run uses a new folder anyway.
        }
    }

    /// <summary>A fresh browser context (own cookies) and page at the given viewport size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = true, // lets the tests inject axe-core even if the host sends a strict CSP
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>The folder where the host drops a tenant's mail as .eml files (the embedded default sender).</summary>
    public string MailFolder(string tenantId) => Path.Combine(_dataRoot, "mail", tenantId);

    /// <summary>The last lines the host wrote, to explain a failure that happened on the server.</summary>
    public string HostLogTail(int lines = 40)
    {
        lock (_hostLog)
        {
            var all = _hostLog.ToString().Split('\n');
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
    }

    private async Task StartHostAsync(string hostDll, string hostOutput)
    {
        Port = FreePort();
        Directory.CreateDirectory(_dataRoot);
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = hostOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["SelfCare__DataRoot"] = _dataRoot;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");

        _host = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        _host.OutputDataReceived += (_, e) => AppendLog(e.Data);
        _host.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        var lastProblem = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_host.HasExited)
                throw new InvalidOperationException(
                    $"The host exited with code {_host.ExitCode} before it answered. Its output:\n{HostLogTail(80)}");
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/host/login");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
                lastProblem = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(250);
        }
        StopHost();
        throw new TimeoutException(
            $"The host did not answer 200 on {BaseUrl}/host/login within {StartupTimeout.TotalSeconds:0} s (last: {lastProblem}). Its output:\n{HostLogTail(80)}");
    }

    /// <summary>
    /// Tenants activate (migrate and seed their demo users) on their first request, which can take a while on a
    /// busy machine; do it here, once, so the browser steps' own timeouts measure only the pages.
    /// </summary>
    private async Task WarmUpTenantsAsync()
    {
        using var http = new HttpClient { Timeout = TenantActivationTimeout };
        foreach (var tenant in DemoTenants.All)
        {
            var url = $"{BaseUrl}/{tenant.Id}/login";
            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK)
                    throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} while activating the tenant. Host output:\n{HostLogTail(80)}");
            }
            catch (TaskCanceledException)
            {
                throw new TimeoutException($"Tenant {tenant.Id} did not activate within {TenantActivationTimeout.TotalSeconds:0} s. Host output:\n{HostLogTail(80)}");
            }
        }
    }

    private void StopHost()
    {
        if (_host is null)
            return;
        try
        {
            if (!_host.HasExited)
            {
                _host.Kill(entireProcessTree: true);
                _host.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _host.Dispose();
        _host = null;
    }

    private void AppendLog(string? line)
    {
        if (line is null)
            return;
        lock (_hostLog)
            _hostLog.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet muxer running these tests (so the host runs on the same SDK), else "dotnet" from PATH.</summary>
    private static string DotnetExecutable()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static string Metadata(string key) =>
        typeof(PortalFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly lacks the {key} metadata (set in SelfCare.BrowserTests.csproj).");
}
