using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Bills;
using SelfCare.Platform.Shell;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>The bill PDF carries the logo uploaded on Admin > Branding as a data: URI (the renderer makes no network request).</summary>
public sealed partial class BillLogoTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Tenant = "accelecom";

    // A 1x1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [GeneratedRegex(@"/Subtype\s*/Image")]
    private static partial Regex ImageObject();

    private sealed class FixedLogo(LogoImage? logo) : IUploadedLogo
    {
        public Task<LogoImage?> GetAsync(CancellationToken ct = default) => Task.FromResult(logo);
    }

    private static async Task UploadLogoAsync(PortalClient admin, byte[] bytes)
    {
        var page = await admin.GetStringAsync("admin/branding");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" }, { content, "logo", "logo.png" } };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync("admin/branding", form)).StatusCode);
    }

    [Fact]
    public async Task An_uploaded_logo_is_inlined_in_the_bill_html_and_embedded_in_the_rendered_pdf()
    {
        await BillPages.EnableAsync(portal, Tenant, Demo.AccelecomAdmin);
        using var customer = await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var (id, _) = (await BillPages.ListAsync(customer, "?q=AC-100101-")).First();
        var before = Encoding.Latin1.GetString(await (await customer.GetAsync($"bills/details/{id}?handler=Pdf")).Content.ReadAsByteArrayAsync());
        Assert.DoesNotMatch(ImageObject(), before);

        using var admin = await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        await UploadLogoAsync(admin, Png);

        var expected = "data:image/png;base64," + Convert.ToBase64String(Png);
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var uri = await scope.ServiceProvider.GetRequiredService<BrandLogo>().DataUriAsync($"/{Tenant}/branding/logo?v=2", default);
            Assert.Equal(expected, uri);
            var statement = await scope.ServiceProvider.GetRequiredService<StatementQuery>().FindAsync(Guid.Parse(id), default);
            var brand = new Branding("Accelecom", "#123456", "#654321", "/branding/logo", "", "", "", "");
            Assert.Contains($"<img class=\"logo\" alt=\"Accelecom\" src=\"{expected}\">", InvoiceHtml.Build(statement!, brand, uri));
        }

        var pdf = await customer.GetAsync($"bills/details/{id}?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF-", text);
        Assert.Matches(ImageObject(), text);
    }

    [Theory]
    [InlineData("image/jpeg", 1000, "data:image/jpeg;base64,")]
    [InlineData("image/webp", 1000, "data:image/webp;base64,")]
    [InlineData("image/gif", BrandLogo.MaxBytes, "data:image/gif;base64,")]
    [InlineData("image/gif", BrandLogo.MaxBytes + 1, null)]
    [InlineData("image/svg+xml", 1000, null)]
    [InlineData("text/html", 1000, null)]
    public async Task Only_png_jpeg_gif_and_webp_up_to_the_cap_are_inlined(string type, int size, string? prefix)
    {
        var logo = new BrandLogo(null!, new HttpContextAccessor(), new FixedLogo(new LogoImage(new byte[size], type)));
        var uri = await logo.DataUriAsync("/branding/logo", default);
        if (prefix is null)
            Assert.Null(uri);
        else
            Assert.StartsWith(prefix, uri);
    }
}
