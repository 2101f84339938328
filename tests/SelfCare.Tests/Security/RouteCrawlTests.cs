using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Security;

/// <summary>
/// Every route the host exposes, requested by every kind of caller: anonymous, each tenant role, a user of
/// another tenant, the host operator. Nothing that is not permitted answers 200 or 500.
/// </summary>
public sealed partial class RouteCrawlTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private enum Access { Public, SignedIn, TenantAdmin, HostPublic, HostOperator, HostApiKey, TenantApiKey, Probe }

    // Every route must be classified here: a new route fails the crawl until someone decides who may use it.
    private static readonly Dictionary<string, Access> Routes = new()
    {
        ["login"] = Access.Public, ["logout"] = Access.Public, ["activate"] = Access.Public, ["denied"] = Access.Public,
        ["status/{code:int}"] = Access.Public, ["branding/logo"] = Access.Public, ["health"] = Access.Public, ["health/live"] = Access.Probe, ["health/ready"] = Access.Probe,
        [""] = Access.SignedIn, ["index"] = Access.SignedIn,
        ["accounts"] = Access.SignedIn, ["accounts/index"] = Access.SignedIn, ["accounts/details/{id:guid}"] = Access.SignedIn,
        ["api/accounts"] = Access.SignedIn, ["api/accounts/{id:guid}"] = Access.SignedIn,
        ["sample-reports"] = Access.SignedIn, ["api/sample-reports"] = Access.SignedIn,
        ["services"] = Access.SignedIn, ["services/index"] = Access.SignedIn, ["services/details/{id:guid}"] = Access.SignedIn,
        ["services/edit/{id:guid}"] = Access.SignedIn,
        ["accounts/contacts"] = Access.SignedIn, ["accounts/contacts/index"] = Access.SignedIn,
        ["accounts/contacts/details/{id:guid}"] = Access.SignedIn, ["accounts/contacts/edit/{id:guid?}"] = Access.SignedIn,
        ["accounts/hierarchy"] = Access.SignedIn, ["accounts/locations/details/{id:guid}"] = Access.SignedIn,
        ["accounts/locations"] = Access.SignedIn, ["accounts/locations/index"] = Access.SignedIn,
        ["accounts/locations/edit/{id:guid?}"] = Access.SignedIn,
        ["orders"] = Access.SignedIn, ["orders/index"] = Access.SignedIn, ["orders/details/{id:guid}"] = Access.SignedIn,
        ["orders/create"] = Access.SignedIn,
        ["tickets"] = Access.SignedIn, ["tickets/index"] = Access.SignedIn, ["tickets/new"] = Access.SignedIn,
        ["tickets/queue"] = Access.SignedIn, ["tickets/{number:long}"] = Access.SignedIn,
        ["bills"] = Access.SignedIn, ["bills/details/{id:guid}"] = Access.SignedIn,
        ["bills/pay"] = Access.SignedIn, ["bills/payments"] = Access.SignedIn, ["bills/payments/{id:guid}"] = Access.SignedIn,
        ["bills/methods"] = Access.SignedIn,
        ["bills/autopay"] = Access.SignedIn,
        ["admin/billing"] = Access.TenantAdmin,
        // HelpDesk: targets and manage answer 403 to customers (staff only), admin/helpdesk* to all but tenant admins.
        ["support"] = Access.SignedIn, ["support/index"] = Access.SignedIn, ["support/new"] = Access.SignedIn, ["support/targets"] = Access.SignedIn,
        ["support/manage/{number:long}"] = Access.SignedIn, ["admin/helpdesk"] = Access.TenantAdmin, ["admin/helpdesk/holidays"] = Access.TenantAdmin,
        // Agreements: edit and time answer 403 to customers (staff only), drawdown to all but tenant admins.
        ["agreements"] = Access.SignedIn, ["agreements/index"] = Access.SignedIn, ["agreements/{id:guid}"] = Access.SignedIn,
        ["agreements/edit/{id:guid?}"] = Access.SignedIn, ["agreements/time/{number:long}"] = Access.SignedIn, ["agreements/drawdown"] = Access.TenantAdmin,
        ["agreements/{id:guid}/buy"] = Access.SignedIn,
        // Reports: unsubscribe and file links carry signed tokens for recipients without a login; schedule forms answer 403 to customer users.
        ["reports"] = Access.SignedIn, ["reports/index"] = Access.SignedIn, ["reports/run/{id}"] = Access.SignedIn,
        ["reports/schedules"] = Access.SignedIn, ["reports/schedule/{id:guid}"] = Access.SignedIn, ["reports/scheduleedit"] = Access.SignedIn,
        ["reports/upcoming"] = Access.SignedIn, ["reports/shared"] = Access.SignedIn, ["reports/progress/{id:guid}"] = Access.SignedIn,
        ["reports/unsubscribe"] = Access.Public, ["reports/file"] = Access.Public, ["reports/settings"] = Access.TenantAdmin,
        ["downloads"] = Access.SignedIn,
        ["search"] = Access.SignedIn, ["search/index"] = Access.SignedIn, ["search/suggest"] = Access.SignedIn,
        ["admin/api-keys"] = Access.TenantAdmin,
        ["users"] = Access.SignedIn, ["users/new"] = Access.SignedIn, ["users/{id}"] = Access.SignedIn,
        ["profile"] = Access.SignedIn, ["profile/password"] = Access.SignedIn, ["settings/account"] = Access.SignedIn,
        ["signup"] = Access.Public, ["request-access"] = Access.Public, ["users/requests"] = Access.SignedIn,
        ["users/access-requests"] = Access.SignedIn, ["admin/sign-up"] = Access.TenantAdmin,
        ["settings"] = Access.SignedIn, ["admin/account-options"] = Access.TenantAdmin, ["profile/confirm-email"] = Access.Public,
        ["login/help"] = Access.Public, ["admin/security-log"] = Access.TenantAdmin,
        // The integration API takes API keys only, which the crawl never sends: every caller (cookies included) is refused.
        ["api/v1/openapi.json"] = Access.TenantApiKey, ["api/v1/accounts"] = Access.TenantApiKey,
        ["api/v1/accounts/{externalid}"] = Access.TenantApiKey,
        ["api/v1/orders"] = Access.TenantApiKey, ["api/v1/orders/{externalid}"] = Access.TenantApiKey,
        ["api/v1/orders/{externalid}/events"] = Access.TenantApiKey,
        ["api/v1/tickets"] = Access.TenantApiKey, ["api/v1/tickets/{externalid}"] = Access.TenantApiKey,
        ["api/v1/tickets/{externalid}/journal"] = Access.TenantApiKey,
        ["api/v1/invoices"] = Access.TenantApiKey, ["api/v1/invoices/{externalid}"] = Access.TenantApiKey,
        ["api/v1/payments"] = Access.TenantApiKey, ["api/v1/payments/{externalid}"] = Access.TenantApiKey,
        ["api/v1/adjustments"] = Access.TenantApiKey, ["api/v1/adjustments/{externalid}"] = Access.TenantApiKey,
        ["api/v1/contacts"] = Access.TenantApiKey, ["api/v1/contacts/{externalid}"] = Access.TenantApiKey,
        ["api/v1/locations"] = Access.TenantApiKey, ["api/v1/locations/{externalid}"] = Access.TenantApiKey,
        ["api/v1/services"] = Access.TenantApiKey, ["api/v1/services/{externalid}"] = Access.TenantApiKey,
        ["api/v1/users/{externalid}"] = Access.TenantApiKey, ["api/v1/users/{externalid}/deactivate"] = Access.TenantApiKey,
        ["api/v1/cdrs"] = Access.TenantApiKey,
        ["usage"] = Access.SignedIn, ["usage/index"] = Access.SignedIn, ["usage/calls"] = Access.SignedIn, ["usage/upload"] = Access.SignedIn,
        ["api/v1/agreements"] = Access.TenantApiKey, ["api/v1/agreements/{externalid}"] = Access.TenantApiKey,
        ["api/v1/agreement-purchases/{externalid}"] = Access.TenantApiKey, ["api/v1/time-entries/{externalid}"] = Access.TenantApiKey,
        ["admin/features"] = Access.TenantAdmin, ["admin/branding"] = Access.TenantAdmin, ["admin/jobs"] = Access.TenantAdmin,
        ["admin/email-templates"] = Access.TenantAdmin, ["admin/email-templates/{name}"] = Access.TenantAdmin,
        ["admin/email-settings"] = Access.TenantAdmin, ["admin/email-outbox"] = Access.TenantAdmin,
        ["host/login"] = Access.HostPublic, ["host/logout"] = Access.HostPublic,
        ["host"] = Access.HostOperator, ["host/create"] = Access.HostOperator, ["host/jobs"] = Access.HostOperator,
        ["api/host/tenants"] = Access.HostApiKey, ["api/host/tenants/{id}"] = Access.HostApiKey,
        ["api/host/tenants/{id}/disable"] = Access.HostApiKey, ["api/host/tenants/{id}/enable"] = Access.HostApiKey,
    };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    [Fact]
    public void Every_route_is_classified()
    {
        var unknown = DiscoverRoutes().Select(r => r.Pattern).Where(p => !Routes.ContainsKey(p)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "Unclassified routes: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task No_route_answers_a_caller_it_does_not_permit()
    {
        var callers = await CallersAsync();
        var failures = new List<string>();
        foreach (var (pattern, methods) in DiscoverRoutes())
        {
            var access = Routes[pattern];
            foreach (var method in methods)
            {
                foreach (var caller in callers)
                {
                    foreach (var (baseKind, client) in new[] { ("tenant", caller.Tenant), ("host", caller.Host) })
                    {
                        var path = Parameter().Replace(pattern, m => m.Value switch
                        {
                            "{id:guid}" => Guid.NewGuid().ToString(),
                            "{code:int}" => "404",
                            _ => "accelecom",
                        });
                        using var request = new HttpRequestMessage(new HttpMethod(method), path);
                        if (method == "POST")
                            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
                        var response = await client.Http.SendAsync(request);
                        var status = (int)response.StatusCode;
                        var permitted = Permitted(access, caller.Name, baseKind);
                        var location = response.Headers.Location?.ToString() ?? "";
                        // 400: antiforgery refused the POST; 405: the route takes other methods. Neither carries data.
                        var refused = status is 401 or 403 or 404 or 405 or 400
                                      || (status == 302 && (location.Contains("login") || location.Contains("denied")))
                                      || (status == 302 && path == "" && location == "/host");
                        var ok = status < 500 && (permitted || refused);
                        if (!ok)
                            failures.Add($"{method} {baseKind}:/{path} as {caller.Name} ({access}) -> {status} {location}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool Permitted(Access access, string caller, string baseKind) => (access, baseKind) switch
    {
        (Access.Public, "tenant") => true,
        (Access.SignedIn, "tenant") => caller is "TenantAdmin" or "Staff" or "CustomerAdmin" or "CustomerUser",
        (Access.TenantAdmin, "tenant") => caller is "TenantAdmin",
        (Access.HostPublic, "host") => true,
        (Access.Probe, _) => true, // load balancers' probes answer on the host's names and on every tenant's
        (Access.HostOperator, "host") => caller is "HostOperator",
        _ => false, // host API keys are never sent by the crawl; tenant routes on the host and host routes on a tenant are 404
    };

    private IEnumerable<(string Pattern, string[] Methods)> DiscoverRoutes() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (
                Pattern: (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant(),
                Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .Where(r => !r.Pattern.StartsWith("_"))
            .GroupBy(r => r.Pattern)
            .Select(g => (g.Key, g.SelectMany(r => r.Methods).Distinct().ToArray()));

    private sealed record Caller(string Name, PortalClient Tenant, PortalClient Host);

    private async Task<List<Caller>> CallersAsync()
    {
        PortalClient Tenant() => portal.Client("http://localhost/accelecom/");
        PortalClient Host() => portal.Client("http://localhost/");
        var callers = new List<Caller> { new("Anonymous", Tenant(), Host()) };
        foreach (var (role, email) in new[]
                 {
                     ("TenantAdmin", Demo.AccelecomAdmin), ("Staff", Demo.AccelecomStaff),
                     ("CustomerAdmin", Demo.BluegrassAdmin), ("CustomerUser", Demo.LexingtonUser),
                 })
            callers.Add(new(role, await Tenant().LoggedInAsync(email, portal.DemoPassword), Host()));

        // A signed-in user of another tenant, whose cookie is replayed on this one.
        var foreign = portal.Client("http://localhost/calltower/");
        var login = await foreign.LoginAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        var value = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".selfcare.auth.calltower=")).Split(';')[0].Split('=', 2)[1];
        var replay = Tenant();
        replay.Http.DefaultRequestHeaders.Add("Cookie", $".selfcare.auth.accelecom={value}; .selfcare.auth.calltower={value}");
        callers.Add(new("OtherTenantUser", replay, Host()));

        var operatorHost = Host();
        var operatorLogin = await operatorHost.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, operatorLogin.StatusCode);
        callers.Add(new("HostOperator", Tenant(), operatorHost));
        return callers;
    }
}
