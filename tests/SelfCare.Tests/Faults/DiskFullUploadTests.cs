using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SelfCare.Tests.Cluster;
using SelfCare.Tests.Files;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Reports;
using Xunit.Abstractions;

namespace SelfCare.Tests.Faults;

/// <summary>
/// The data folder is a 4 MB tmpfs (the test runs as root, as test.sh does) that is almost full when a customer attaches
/// a 1 MB file to a ticket: the answer is 507 with a message saying storage is full, no partial file stays behind and
/// nothing is attached; once space is freed the same upload works.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class DiskFullUploadTests(ITestOutputHelper output)
{
    [GeneratedRegex("tickets/(\\d+)\"")]
    private static partial Regex TicketLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task An_upload_that_fills_the_disk_fails_clearly_and_leaves_no_partial_file()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var dataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-diskfull-{id}");
        Directory.CreateDirectory(dataRoot);
        Run("mount", $"-t tmpfs -o size=4m tmpfs {dataRoot}");
        HostNode? node = null;
        try
        {
            node = HostNode.Start(LoopbackCluster.NodeSettings(PostgresServer.ConnectionString, dataRoot, id));
            await LoopbackCluster.WaitReadyAsync(node);
            using var client = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri(node.BaseUrl + LoopbackCluster.Tenant + "/"), Timeout = TimeSpan.FromSeconds(60),
            });
            await client.LoggedInAsync(Demo.BluegrassAdmin, LoopbackCluster.DemoPassword);
            var ticket = TicketLink().Match(await client.GetStringAsync("tickets")).Groups[1].Value;
            Assert.NotEmpty(ticket);
            var files = Path.Combine(dataRoot, "tenants", LoopbackCluster.Tenant, "files");
            var filesBefore = Directory.Exists(files) ? Directory.GetFiles(files).Length : 0;

            // Leave 256 KB: the 1 MB attachment runs out of space part-way.
            var filler = Path.Combine(dataRoot, "filler");
            await File.WriteAllBytesAsync(filler, new byte[new DriveInfo(dataRoot).AvailableFreeSpace - 256 * 1024]);
            var full = await UploadAsync(client, ticket);
            var body = await full.Content.ReadAsStringAsync();
            output.WriteLine($"{(int)full.StatusCode}: {body}");
            Assert.Equal(HttpStatusCode.InsufficientStorage, full.StatusCode);
            Assert.Contains("storage is full, so nothing was saved", body);
            Assert.Equal(filesBefore, Directory.Exists(files) ? Directory.GetFiles(files).Length : 0);
            Assert.DoesNotContain("evidence.png", await client.GetStringAsync($"tickets/{ticket}"));
            Assert.False(node.HasExited);

            File.Delete(filler);
            var retried = await UploadAsync(client, ticket);
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
            Assert.Contains("evidence.png", await client.GetStringAsync($"tickets/{ticket}"));
            Assert.Equal(filesBefore + 1, Directory.GetFiles(files).Length);
        }
        finally
        {
            node?.Dispose();
            Npgsql.NpgsqlConnection.ClearAllPools();
            Run("umount", dataRoot);
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string ticket)
    {
        var page = await client.GetStringAsync($"tickets/{ticket}");
        var file = new ByteArrayContent(UploadSamples.Png(1024 * 1024));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { file, "attachments", "evidence.png" },
        };
        return await client.Http.PostAsync($"tickets/{ticket}?handler=Upload", form);
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {error} (the disk-full test mounts a tmpfs and needs root, as test.sh runs)");
    }
}
