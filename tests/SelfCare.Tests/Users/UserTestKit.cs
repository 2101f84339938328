using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Email;
using SelfCare.Host.Identity;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Users;

/// <summary>Shortcuts for the user tests: tenant scopes, the outbox, access codes, adding and activating users.</summary>
internal static partial class UserTestKit
{
    public const string Base = "http://localhost/accelecom/";
    public const string NewPassword = "Brand-New-Pass-2026";

    [GeneratedRegex(@"access code: ([A-Z0-9]+)")]
    private static partial Regex WelcomeCode();

    [GeneratedRegex(@"activate\?email=[^&\s]+&code=([A-Z0-9]+)")]
    private static partial Regex ResetCode();

    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + "@example.org";

    public static AsyncServiceScope Scope(PortalFactory portal, string tenantId = "accelecom")
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        return portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    public static async Task<List<OutboxMessage>> MailToAsync(PortalFactory portal, string to, string template, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return await scope.ServiceProvider.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking()
            .Where(m => m.ToAddress == to && m.Template == template).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    public static async Task<string> WelcomeCodeAsync(PortalFactory portal, string to) =>
        WelcomeCode().Match((await MailToAsync(portal, to, UserEmailTemplates.Welcome)).Last().TextBody).Groups[1].Value;

    public static async Task<string> ResetCodeAsync(PortalFactory portal, string to) =>
        ResetCode().Match((await MailToAsync(portal, to, UserEmailTemplates.PasswordReset)).Last().TextBody).Groups[1].Value;

    public static async Task<string?> UserIdAsync(PortalFactory portal, string email, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))?.Id;
    }

    public static async Task<Guid> AccountIdAsync(PortalFactory portal, string number)
    {
        await using var scope = Scope(portal);
        var ids = await scope.ServiceProvider.GetRequiredService<SelfCare.Accounts.Contracts.IAccountDirectory>().IdsByNumberAsync(CancellationToken.None);
        return ids[number];
    }

    public static Task<HttpResponseMessage> AddUserAsync(PortalClient admin, string name, string email, string role, Guid? account) =>
        admin.PostFormAsync("users/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Role"] = role,
            ["Input.Accounts"] = account?.ToString() ?? "",
        });

    public static Task<HttpResponseMessage> ActivateAsync(PortalClient client, string email, string code, string password = NewPassword) =>
        client.PostFormAsync("activate", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Code"] = code, ["Input.Password"] = password, ["Input.Confirm"] = password,
        });

    /// <summary>A customer user of AC-100102 added by the tenant admin and activated with <see cref="NewPassword"/>.</summary>
    public static async Task<string> ActiveUserAsync(PortalFactory portal, string name)
    {
        var email = Unique(name);
        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await AddUserAsync(admin, name, email, "CustomerUser", await AccountIdAsync(portal, "AC-100102"))).StatusCode);
        using var anonymous = portal.Client(Base);
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(anonymous, email, await WelcomeCodeAsync(portal, email))).StatusCode);
        return email;
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
