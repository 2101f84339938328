using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Email;
using SelfCare.Host.Identity;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>Shortcuts for the Reports tests: the sample report switched on, system scopes, ids, the outbox.</summary>
internal static class ReportsKit
{
    public const string Accelecom = "http://localhost/accelecom/";
    public const string Outsider = "finance@outside-auditors.example";

    /// <summary>Account numbers of Bluegrass and Derby City that the Lexington user (AC-100102, AC-100103) must never see.</summary>
    public static readonly string[] HiddenFromLexington = ["AC-100100", "AC-100101", "AC-100104", "AC-200200", "AC-200201"];

    public static async Task EnableSampleReportsAsync(PortalFactory portal, string tenant = "accelecom", string admin = Demo.AccelecomAdmin)
    {
        using var client = await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(admin, portal.DemoPassword);
        var response = await client.PostFormAsync("admin/features",
            new Dictionary<string, string> { ["module"] = "SampleReports", ["confirmed"] = "true" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Activates the tenant (migrations, demo data) with one anonymous request, for tests that start in a system scope.</summary>
    public static async Task ActivateAsync(PortalFactory portal, string tenant = "accelecom")
    {
        using var client = portal.Client($"http://localhost/{tenant}/");
        await client.GetAsync("login");
    }

    public static Task<PortalClient> AsAsync(PortalFactory portal, string email, string tenant = "accelecom") =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    public static AsyncServiceScope Scope(PortalFactory portal, string tenantId = "accelecom")
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        return portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    public static async Task<Guid> AccountIdAsync(PortalFactory portal, string number, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(CancellationToken.None))[number];
    }

    public static async Task<string> UserIdAsync(PortalFactory portal, string email, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    public static async Task<List<OutboxMessage>> MailAsync(PortalFactory portal, string to, string template, string tenantId = "accelecom")
    {
        await using var scope = Scope(portal, tenantId);
        return await scope.ServiceProvider.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking()
            .Where(m => m.ToAddress == to && m.Template == template).OrderBy(m => m.CreatedAt).ToListAsync();
    }
}
