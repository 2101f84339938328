using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Users;

/// <summary>
/// CSRF on every form: each Razor Page route (discovered, so a new page is covered at once) refuses a POST that carries a
/// signed-in user's cookie but no antiforgery token. The refusal is a 400 for the tenant admin of at least one tenant
/// (a module that is off for a tenant answers 404 there); no caller ever gets a success (2xx or a redirect elsewhere).
/// </summary>
public sealed class AntiforgeryTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    // The error page is re-executed for failed POSTs and changes nothing, so it takes no token.
    private static readonly string[] ErrorPages = ["status/{code:int}"];

    private static readonly (string Tenant, string Admin)[] TenantAdmins =
        [("accelecom", Demo.AccelecomAdmin), ("calltower", Demo.CallTowerAdmin), ("accelerando", "admin@accelerando.example")];

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_on_every_form_route()
    {
        var routes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant())
            .Where(p => !ErrorPages.Contains(p))
            .Distinct().Order().ToList();
        Assert.Contains("settings/account", routes);

        var callers = new List<(string Name, PortalClient Client, bool Admin)>();
        foreach (var (tenant, admin) in TenantAdmins)
        {
            callers.Add(($"{tenant} admin", await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(admin, portal.DemoPassword), true));
            callers.Add(($"{tenant} anonymous", portal.Client($"http://localhost/{tenant}/"), false));
        }
        callers.Add(("customer", await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword), false));
        var operatorClient = portal.Client("http://localhost/");
        var login = await operatorClient.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        callers.Add(("host operator", operatorClient, true));

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var path = route.Replace("{id:guid}", Guid.NewGuid().ToString()).Replace("{id:guid?}", Guid.NewGuid().ToString())
                .Replace("{number:long}", "1").Replace("{id}", "x").Replace("{name}", "user-welcome");
            var refusedWith400 = false;
            foreach (var (name, client, admin) in callers)
            {
                if (route.StartsWith("host") != (name == "host operator"))
                    continue;
                foreach (var handler in new[] { "", "?handler=Delete" })
                {
                    var response = await client.Http.PostAsync(path + handler, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
                    var status = (int)response.StatusCode;
                    var location = response.Headers.Location?.ToString() ?? "";
                    refusedWith400 |= admin && status == 400;
                    var refused = status is 400 or 401 or 403 or 404 or 405
                                  || (status == 302 && (location.Contains("login") || location.Contains("denied")));
                    if (!refused)
                        failures.Add($"POST /{path}{handler} as {name} without a token -> {status} {location}");
                }
            }
            if (!refusedWith400)
                failures.Add($"POST /{path} without a token never answered 400 to an admin");
        }
        foreach (var (_, client, _) in callers)
            client.Dispose();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
