using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Security;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Files;
using SelfCare.Platform.Tenancy;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Files;

/// <summary>The upload service in a real tenant scope of the real host, on SQLite and on PostgreSQL.</summary>
public abstract class FileStoreTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static readonly UploadPolicy Small = new(64 * 1024, FileKind.Documents);

    /// <summary>The tenant, activated (databases created and migrated) as its first request would.</summary>
    private TenantInfo Tenant(string tenantId)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None).GetAwaiter().GetResult();
        return tenant;
    }

    private AsyncServiceScope SystemScope(string tenantId) =>
        portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(Tenant(tenantId));

    /// <summary>A tenant scope as a customer who sees only <paramref name="accounts"/>.</summary>
    private AsyncServiceScope CustomerScope(string tenantId, params Guid[] accounts)
    {
        var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant(tenantId));
        scope.ServiceProvider.GetRequiredService<AccountScope>().Limit(accounts, accounts);
        return scope;
    }

    private static async Task<FileSaveResult> SaveAsync(AsyncServiceScope scope, byte[] bytes, string name, Guid? account = null, UploadPolicy? policy = null) =>
        await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(bytes), name, account, policy ?? Small);

    private string FilesFolder(string tenantId) => Path.Combine(portal.DataRoot, "tenants", tenantId, "files");

    private void AssertNoTemporaryFiles(string tenantId) =>
        Assert.Empty(Directory.Exists(FilesFolder(tenantId)) ? Directory.GetFiles(FilesFolder(tenantId), "*.upload") : []);

    [Theory]
    [InlineData("oversize", "big.png", "larger than the limit of 64 KB")]
    [InlineData("empty", "empty.pdf", "The file is empty.")]
    [InlineData("exe", "logo.png", "not accepted")]
    [InlineData("html", "invoice.pdf", "not accepted")]
    [InlineData("zip", "archive.docx", "not accepted")]
    [InlineData("pdf", "../../etc/passwd.png", "must not contain folders")]
    [InlineData("pdf", "..\\..\\x.pdf", "must not contain folders")]
    [InlineData("pdf", "C:report.pdf", "must not contain folders")]
    [InlineData("pdf", "..", "must not contain folders")]
    [InlineData("pdf", "scan\r\nX-Injected 1.pdf", "control characters")]
    [InlineData("pdf", "invoice\u202Efdp.exe", "control characters")]
    [InlineData("pdf", "nul\0.pdf", "control characters")]
    [InlineData("pdf", "  ", "no name")]
    public async Task Bad_uploads_are_refused_with_a_message_and_leave_nothing_behind(string sample, string name, string message)
    {
        var bytes = sample switch
        {
            "oversize" => UploadSamples.Png(64 * 1024 + 1),
            "empty" => [],
            "exe" => UploadSamples.Exe,
            "html" => UploadSamples.Html,
            "zip" => UploadSamples.PlainZip(),
            _ => UploadSamples.Pdf,
        };
        await using var scope = SystemScope("accelecom");
        var result = await SaveAsync(scope, bytes, name);

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Refusal);
        AssertNoTemporaryFiles("accelecom");
    }

    [Theory]
    [InlineData("png", "photo.png", "image/png")]
    [InlineData("pdf", "scan.pdf", "application/pdf")]
    [InlineData("docx", "letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("csv", "lines.csv", "text/csv; charset=utf-8")]
    public async Task A_valid_upload_round_trips_byte_for_byte(string sample, string name, string contentType)
    {
        var bytes = sample switch
        {
            "png" => UploadSamples.Png(60 * 1024),
            "docx" => UploadSamples.Docx(),
            "csv" => UploadSamples.Csv,
            _ => UploadSamples.Pdf,
        };
        await using var scope = SystemScope("accelecom");
        var stored = (await SaveAsync(scope, bytes, name)).File!;
        Assert.Equal((name, bytes.LongLength, contentType), (stored.OriginalName, stored.Size, stored.ContentType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);

        // Stored under a random id in the tenant's folder, never under the client's name.
        Assert.True(File.Exists(Path.Combine(FilesFolder("accelecom"), stored.Id.ToString("N"))));
        Assert.DoesNotContain(Directory.GetFiles(FilesFolder("accelecom")), f => f.EndsWith(name, StringComparison.Ordinal));

        await using var other = SystemScope("accelecom");
        await using var opened = (await other.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(stored.Id))!;
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(stored, opened.File);
    }

    [Fact]
    public async Task A_long_name_is_shortened_keeping_its_extension()
    {
        await using var scope = SystemScope("accelecom");
        var stored = (await SaveAsync(scope, UploadSamples.Pdf, new string('a', 500) + ".pdf")).File!;
        Assert.Equal(200, stored.OriginalName.Length);
        Assert.EndsWith("a.pdf", stored.OriginalName);
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_nosniff_the_detected_type_and_an_encoded_name()
    {
        await using var scope = SystemScope("accelecom");
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        // PDF bytes under a name that claims HTML: the detected kind decides the content type.
        var stored = (await SaveAsync(scope, UploadSamples.Pdf, "Übersicht <b>.html")).File!;

        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var body = new MemoryStream();
        context.Response.Body = body;
        await FileDownload.Result((await store.OpenAsync(stored.Id))!).ExecuteAsync(context);

        var headers = context.Response.Headers;
        Assert.Equal("application/pdf", context.Response.ContentType);
        Assert.Equal("nosniff", headers.XContentTypeOptions);
        Assert.StartsWith("attachment;", headers.ContentDisposition.ToString());
        Assert.Contains("filename*=UTF-8''%C3%9Cbersicht%20%3Cb%3E.html", headers.ContentDisposition.ToString());
        Assert.Equal(UploadSamples.Pdf, body.ToArray());
    }

    [Fact]
    public async Task A_file_of_one_tenant_is_not_found_in_another()
    {
        Guid id;
        await using (var scope = SystemScope("accelecom"))
            id = (await SaveAsync(scope, UploadSamples.Pdf, "accelecom-only.pdf")).File!.Id;

        await using var other = SystemScope("calltower");
        var store = other.ServiceProvider.GetRequiredService<IFileStore>();
        Assert.Null(await store.FindAsync(id));
        Assert.Null(await store.OpenAsync(id));
        Assert.False(await store.DeleteAsync(id));
        Assert.False(File.Exists(Path.Combine(FilesFolder("calltower"), id.ToString("N"))));
    }

    [Fact]
    public async Task A_customer_sees_only_the_files_of_their_own_accounts()
    {
        Guid mine = Guid.NewGuid(), theirs = Guid.NewGuid();
        Guid myFile, theirFile, tenantFile;
        await using (var scope = SystemScope("accelecom"))
        {
            myFile = (await SaveAsync(scope, UploadSamples.Pdf, "mine.pdf", mine)).File!.Id;
            theirFile = (await SaveAsync(scope, UploadSamples.Pdf, "theirs.pdf", theirs)).File!.Id;
            tenantFile = (await SaveAsync(scope, UploadSamples.Pdf, "tenant.pdf")).File!.Id;
        }

        await using var customer = CustomerScope("accelecom", mine);
        var store = customer.ServiceProvider.GetRequiredService<IFileStore>();
        Assert.Equal(mine, (await store.FindAsync(myFile))!.AccountId);
        Assert.Null(await store.OpenAsync(theirFile));
        Assert.Null(await store.OpenAsync(tenantFile));
        Assert.False(await store.DeleteAsync(theirFile));

        var refused = await SaveAsync(customer, UploadSamples.Pdf, "sneaky.pdf", theirs);
        Assert.Equal("You cannot attach files to that account.", refused.Refusal);
        Assert.True((await SaveAsync(customer, UploadSamples.Pdf, "ok.pdf", mine)).Succeeded);
    }

    [Fact]
    public async Task An_upload_that_breaks_midway_leaves_no_partial_file()
    {
        await using var scope = SystemScope("accelerando");
        var before = Directory.Exists(FilesFolder("accelerando")) ? Directory.GetFiles(FilesFolder("accelerando")).Length : 0;
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(new FailingStream(UploadSamples.Png(8 * 1024)), "broken.png", null, Small));

        Assert.Equal(before, Directory.GetFiles(FilesFolder("accelerando")).Length);
    }

    [Fact]
    public async Task Deleting_removes_the_row_and_the_bytes()
    {
        await using var scope = SystemScope("accelecom");
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var id = (await SaveAsync(scope, UploadSamples.Pdf, "gone.pdf")).File!.Id;
        Assert.True(await store.DeleteAsync(id));
        Assert.Null(await store.FindAsync(id));
        Assert.False(File.Exists(Path.Combine(FilesFolder("accelecom"), id.ToString("N"))));
    }
}

public sealed class FileStoreOnSqlite(SqlitePortal portal) : FileStoreTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class FileStoreOnPostgres(PostgresPortal portal) : FileStoreTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
