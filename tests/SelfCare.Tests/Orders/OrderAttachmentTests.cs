using System.Net;
using SelfCare.Tests.Files;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Orders;

/// <summary>Order attachments: every refusal has a message, a valid file round-trips, downloads respect the order's scope. On both providers.</summary>
public abstract class OrderAttachmentTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private Task<PortalClient> LoginAsync(string email) => portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task Oversize_wrong_signature_path_traversal_empty_and_missing_files_are_refused_with_a_message()
    {
        var id = (await OrderPages.CreateAsync(portal, "accelecom", "AT-2001", "AC-100102")).ToString();
        using var lexington = await LoginAsync(Demo.LexingtonUser);

        async Task Refused(string? name, byte[]? bytes, string message)
        {
            var response = await OrderPages.UploadAsync(lexington, id, name, bytes);
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, text);
            Assert.DoesNotContain("File uploaded successfully", text);
        }

        var oversize = new byte[10 * 1024 * 1024 + 1];
        UploadSamples.Pdf.CopyTo(oversize, 0);
        await Refused("big.pdf", oversize, "The file is larger than the limit of 10 MB.");
        await Refused("invoice.pdf", UploadSamples.Exe, "This type of file is not accepted");
        await Refused("../../x.pdf", UploadSamples.Pdf, "The file name must not contain folders");
        await Refused("empty.pdf", [], "The file is empty.");
        await Refused(null, null, "Choose a file to upload.");

        var details = await lexington.GetStringAsync($"orders/details/{id}");
        Assert.Contains("No attachments yet.", details);
    }

    [Fact]
    public async Task A_valid_pdf_is_listed_and_downloads_byte_for_byte_as_an_attachment()
    {
        var id = (await OrderPages.CreateAsync(portal, "accelecom", "AT-2002", "AC-100103")).ToString();
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var uploaded = await OrderPages.UploadAsync(lexington, id, "Site <survey>.pdf", UploadSamples.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var details = await lexington.GetStringAsync($"orders/details/{id}");
        Assert.Contains("File uploaded successfully", details);
        Assert.Contains("Site &lt;survey&gt;.pdf", details);
        Assert.DoesNotContain("Site <survey>", details);

        var link = System.Text.RegularExpressions.Regex.Match(details, "href=\"/accelecom/(orders/details/[^\"]+handler=Download[^\"]*)\"").Groups[1].Value;
        var download = await lexington.GetAsync(WebUtility.HtmlDecode(link));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(UploadSamples.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        // The parent's admin sees it too; a sibling's, another customer's user and another tenant's do not.
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.OK, (await bluegrass.GetAsync(WebUtility.HtmlDecode(link))).StatusCode);
        using var derby = await LoginAsync(Demo.DerbyAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync(WebUtility.HtmlDecode(link))).StatusCode);
        using var other = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(WebUtility.HtmlDecode(link))).StatusCode);
    }

    [Fact]
    public async Task An_attachment_is_served_only_through_its_own_order()
    {
        var parentOrder = (await OrderPages.CreateAsync(portal, "accelecom", "AT-2003", "AC-100100")).ToString();
        var childOrder = (await OrderPages.CreateAsync(portal, "accelecom", "AT-2004", "AC-100102")).ToString();
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await OrderPages.UploadAsync(bluegrass, parentOrder, "contract.pdf", UploadSamples.Pdf)).StatusCode);
        var details = await bluegrass.GetStringAsync($"orders/details/{parentOrder}");
        var attachment = System.Text.RegularExpressions.Regex.Match(details, "attachment=([0-9a-f-]{36})").Groups[1].Value;

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        // The child's user names the parent's attachment through an order they may see, or directly: both 404.
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders/details/{childOrder}?handler=Download&attachment={attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders/details/{parentOrder}?handler=Download&attachment={attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync($"orders/details/{childOrder}?handler=Download&attachment={attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bluegrass.GetAsync($"orders/details/{parentOrder}?handler=Download&attachment={attachment}")).StatusCode);
    }
}

public sealed class OrderAttachmentsOnSqlite(SqlitePortal portal) : OrderAttachmentTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class OrderAttachmentsOnPostgres(PostgresPortal portal) : OrderAttachmentTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
