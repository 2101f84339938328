using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Provisioning;
using SelfCare.Billing.Contracts;
using SelfCare.HelpDesk;
using SelfCare.Host.Hosting;
using SelfCare.Host.Identity;
using SelfCare.Orders.Contracts;
using SelfCare.Platform.Tenancy;
using SelfCare.Services.Contracts;
using SelfCare.Tickets.Contracts;
using SelfCare.Usage.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>Fills a new demo tenant with its accounts (parent/child) and one user per role, once.</summary>
internal sealed class DemoSeeder(
    TenantPlatformDbContext db, UserManager<PortalUser> users, IAccountProvisioning accounts, IServiceProvisioning services,
    IContactLocationProvisioning contactsAndLocations, IOrderProvisioning orders, TimeProvider clock,
    IAccountGroupProvisioning groups, IBillingProvisioning billing, IAutopayProvisioning autopay,
    IOptions<SelfCareOptions> options, ITicketProvisioning tickets, IEnumerable<ITicketSubjectSource> ticketSubjects,
    IHelpDeskProvisioning helpDesk, ITicketDirectory ticketDirectory, IAgreementProvisioning agreements,
    ICallDetailImport callDetails, IConfiguration configuration, ILogger<DemoSeeder> log,
    SelfCare.Reports.Schedules.IReportScheduleProvisioning reportSchedules)
{
    private static readonly Lazy<Dictionary<string, DemoData>> Data = new(() =>
    {
        using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream("Demo/demo-data.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, DemoData>>(stream, JsonSerializerOptions.Web)!;
    });

    public async Task SeedIfEmptyAsync(TenantInfo tenant, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct) || !Data.Value.TryGetValue(tenant.Id, out var data))
            return;

        var ids = new Dictionary<string, Guid>();
        foreach (var account in data.Accounts)
        {
            Guid? parent = account.Parent is null ? null : ids[account.Parent];
            ids[account.Number] = await accounts.CreateAsync(
                new NewAccount(account.Number, account.Name, parent, account.City, account.Region), ct);
        }
        foreach (var service in data.Services)
        {
            await services.CreateAsync(new NewService(service.Id, ids[service.Account], service.Location, service.Description, service.Status,
                [.. service.Products.Select(p => new NewServiceProduct(p.Product, p.Quantity, p.UnitPrice, p.Currency, p.Recurring))]), ct);
        }
        foreach (var c in data.Contacts)
            await contactsAndLocations.AddContactAsync(new NewContact(ids[c.Account], c.Name, c.Role, c.Email, c.OfficePhone, c.MobilePhone, c.Billing, c.Technical), ct);
        var locationIds = new Dictionary<(string, string), Guid>();
        foreach (var l in data.Locations)
            locationIds[(l.Account, l.Name)] = await contactsAndLocations.AddLocationAsync(new NewLocation(ids[l.Account], l.Name, l.Street1, l.Street2, l.City, l.Region, l.PostalCode, l.Country), ct);
        await new DemoOrderSeeder(orders, clock).SeedAsync(tenant, ids, locationIds, ct);
        await new DemoBillingSeeder(billing, clock).SeedAsync(tenant, data, ids, ct);
        await new DemoAutopaySeeder(autopay, clock).SeedAsync(ids, ct);
        await new DemoUsageSeeder(callDetails, configuration, clock, log).SeedAsync(tenant, data, ids, ct);

        var groupIds = new Dictionary<(string Owner, string Name), Guid>();
        foreach (var g in data.Groups)
        {
            Guid? parent = g.Parent is null ? null : groupIds[(g.Owner, g.Parent)];
            groupIds[(g.Owner, g.Name)] = await groups.CreateGroupAsync(
                new NewAccountGroup(ids[g.Owner], g.Name, parent, [.. g.Accounts.Select(n => ids[n])]), ct);
        }

        // First: the year of closed tickets with time logged gets the lower numbers, the open demo tickets stay on top.
        await new DemoAgreementSeeder(agreements, tickets, ticketDirectory, clock).SeedAsync(tenant, ids, ct);
        var ticketNumbers = await new DemoTicketSeeder(tickets, ticketSubjects, clock).SeedAsync(tenant, ids, ct);
        await new DemoHelpDeskSeeder(helpDesk, tickets, ticketDirectory, clock).SeedAsync(tenant, ids, ticketNumbers, ct);

        if (data.Onboarding is { } onboarding && !await db.Set<OnboardingSetting>().AnyAsync(ct))
            db.Add(new OnboardingSetting { Mode = Enum.Parse<OnboardingMode>(onboarding) });
        await db.SaveChangesAsync(ct);
        var password = options.Value.DemoPassword;
        if (string.IsNullOrEmpty(password))
            return;
        foreach (var demo in data.Users)
        {
            var user = new PortalUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.Name };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, demo.Role));
            foreach (var number in demo.Accounts)
                db.AccountLinks.Add(new UserAccountLink { UserId = user.Id, AccountId = ids[number] });
        }
        await db.SaveChangesAsync(ct);
        await new DemoReportSeeder(reportSchedules, users).SeedAsync(tenant, ids, ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
