using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Themes;

/// <summary>The tenant admin's Branding page: overrides without code, hostile input refused with a message.</summary>
public sealed class BrandingTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ];

    private async Task<HttpResponseMessage> SaveAsync(PortalClient admin, Dictionary<string, string> fields, (string Name, byte[] Bytes)? logo = null)
    {
        var page = await admin.GetStringAsync("admin/branding");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        if (logo is { } file)
        {
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, "logo", file.Name);
        }
        return await admin.Http.PostAsync("admin/branding", form);
    }

    [Fact]
    public async Task Admin_changes_title_colours_support_details_and_logo_and_only_that_tenant_changes()
    {
        using var admin = await portal.Client("http://localhost/accelerando/").LoggedInAsync("admin@accelerando.example", portal.DemoPassword);
        var saved = await SaveAsync(admin, new()
        {
            ["Input.Title"] = "Accelerando Client Portal", ["Input.PrimaryColor"] = "#203a20", ["Input.SupportPhone"] = "+1 (828) 555-0100",
            ["Input.SupportEmail"] = "help@accelerando.example", ["Input.SupportHours"] = "Mon-Fri 8-5", ["Input.Footer"] = "Thanks for choosing us",
        }, ("logo.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var anonymous = portal.Client("http://localhost/accelerando/");
        var login = WebUtility.HtmlDecode(await anonymous.GetStringAsync("login"));
        Assert.Contains("Accelerando Client Portal", login);
        Assert.Contains("--brand-primary:#203a20", login);
        Assert.Contains("+1 (828) 555-0100", login);
        Assert.Contains("/accelerando/branding/logo?v=", login);
        var logo = await anonymous.GetAsync("branding/logo");
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync());

        using var other = portal.Client("http://localhost/accelecom/");
        var otherLogin = await other.GetStringAsync("login");
        Assert.DoesNotContain("#203a20", otherLogin);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("branding/logo")).StatusCode);
    }

    [Theory]
    [InlineData("Input.PrimaryColor", "red;}</style><script>alert(1)</script>", "Enter the colour as #rrggbb")]
    [InlineData("Input.PrimaryColor", "#ffff00", "too light")]
    [InlineData("Input.SupportEmail", "not-an-email", "Enter a valid email address")]
    [InlineData("Input.SupportPhone", "<b>call</b>", "Use digits, spaces")]
    public async Task Invalid_values_are_refused_with_a_message_and_nothing_changes(string field, string value, string message)
    {
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        var response = await SaveAsync(admin, new() { [field] = value, ["Input.Title"] = "Should not be saved" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Should not be saved", await portal.Client("http://localhost/calltower/").GetStringAsync("login"));
    }

    [Theory]
    [InlineData("logo.png", "svg")]
    [InlineData("../../etc/passwd.png", "exe")]
    [InlineData("empty.png", "empty")]
    [InlineData("huge.png", "huge")]
    public async Task Bad_logo_uploads_are_refused_with_a_message(string name, string kind)
    {
        byte[] bytes = kind switch
        {
            "svg" => "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray(),
            "exe" => [0x4D, 0x5A, 0x90, 0x00],
            "empty" => [],
            _ => [.. Png, .. new byte[600 * 1024]],
        };
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        var response = await SaveAsync(admin, new(), (name, bytes));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("must be a PNG|larger than 512 KB|file is empty", html);
        Assert.False(Directory.Exists(Path.Combine(portal.DataRoot, "tenants", "calltower", "branding")));
    }
}
