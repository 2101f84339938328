using System.Net;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;
using static SelfCare.Tests.Agreements.AgreementPages;

namespace SelfCare.Tests.Agreements;

/// <summary>Agreements through the pages: staff create, buy hours, log time on tickets; customers see balances and drawdown; scope. Both providers.</summary>
public abstract class AgreementFlowTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private Task<PortalClient> As(string email) =>
        portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task Staff_log_time_the_customer_sees_balance_and_drawdown_per_ticket_and_the_low_balance_email_goes_once()
    {
        using var staff = await As(Staff);
        using var customer = await As(DentalAdmin);
        using var frontDesk = await As(FrontDesk);
        var id = await CreateAsync(staff, "MS-3100", "T-FLOW-1");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordPurchaseAsync(staff, id, "5", "600")).StatusCode);
        var ticket = await HelpDesk.HelpDeskPages.TicketAsync(frontDesk, "MS-3102", "Scanner driver keeps crashing");

        // The child account's ticket offers the parent's agreement.
        Assert.Contains("T-FLOW-1", await PageAsync(staff, $"tickets/{ticket}"));
        Assert.Equal(HttpStatusCode.Redirect, (await LogTimeAsync(staff, ticket, "1.5", id, key: "flowkey1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogTimeAsync(staff, ticket, "1.5", id, key: "flowkey1")).StatusCode); // retried: once
        var page = await PageAsync(customer, $"agreements/{id}");
        Assert.Contains("Balance: <strong>3.50</strong> hours", page);
        Assert.Contains($"#{ticket}</a></td><td>Scanner driver keeps crashing</td><td>1.50</td><td>0.00</td>", page);
        Assert.Contains("Pre-paid hours drawn: <strong>1.50</strong>", await PageAsync(customer, $"tickets/{ticket}"));
        Assert.DoesNotContain("Log time", await PageAsync(customer, $"tickets/{ticket}"));

        // 2 more hours cross the 2-hour alert level: one email per recipient; the next entry crosses nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await LogTimeAsync(staff, ticket, "2", id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogTimeAsync(staff, ticket, "3", id)).StatusCode);
        page = await PageAsync(customer, $"agreements/{id}");
        Assert.Contains("Balance: <strong>0.00</strong> hours", page);
        Assert.Contains($"#{ticket}</a></td><td>Scanner driver keeps crashing</td><td>5.00</td><td>1.50</td>", page);
        // The rate depends on the tier HelpDesk gave the ticket (Emergency after hours, with the after-hours multiplier).
        Assert.Matches(@"1\.50 at (95\.00|175\.00|262\.50|142\.50)/h", await PageAsync(staff, $"tickets/{ticket}"));
        var alerts = (await portal.OutboxAsync(Tenant)).Where(m => m.Template == "agreement-low-balance" && m.Subject.Contains("T-FLOW-1")).ToList();
        Assert.NotEmpty(alerts);
        Assert.Equal(alerts.Count, alerts.Select(m => m.ToAddress).Distinct().Count());
        Assert.Contains(alerts, m => m.ToAddress.Contains(Staff));
        Assert.Contains("1.50 hours left", alerts[0].Subject);
    }

    [Fact]
    public async Task Time_without_an_agreement_is_billable_and_flagged_contact_for_payment()
    {
        using var staff = await As(Staff);
        using var harbor = await As(Harbor);
        var ticket = await HelpDesk.HelpDeskPages.TicketAsync(harbor, "MS-4201", "Menu board is blank");
        Assert.Equal(HttpStatusCode.Redirect, (await LogTimeAsync(staff, ticket, "0.75", null)).StatusCode);
        var page = await PageAsync(harbor, $"tickets/{ticket}");
        Assert.Contains("billable hours: <strong>0.75</strong> — contact for payment", page);
    }

    [Fact]
    public async Task Another_account_or_tenant_never_sees_the_agreement_or_its_ledger_and_customers_cannot_use_staff_forms()
    {
        using var staff = await As(Staff);
        using var harbor = await As(Harbor);
        using var frontDesk = await As(FrontDesk);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3101", "T-SCOPE-1");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordPurchaseAsync(staff, id, "3", "360")).StatusCode);

        Assert.Contains("T-SCOPE-1", await PageAsync(dental, "agreements")); // the parent's admin sees the child's agreement
        foreach (var other in new[] { harbor, frontDesk }) // another customer; a sibling account's user
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"agreements/{id}")).StatusCode);
            Assert.DoesNotContain("T-SCOPE-1", await PageAsync(other, "agreements"));
            Assert.DoesNotContain("T-SCOPE-1", await PageAsync(other, ""));
        }
        Assert.True(Refused(await dental.GetAsync("agreements/edit")));
        Assert.True(Refused(await dental.GetAsync($"agreements/edit/{id}")));
        var adjust = await dental.PostFormAsync($"agreements/{id}", new Dictionary<string, string> { ["hours"] = "100", ["note"] = "free" }, $"agreements/{id}?handler=Adjust");
        Assert.True(Refused(adjust));
        Assert.Contains("Balance: <strong>3.00</strong>", await PageAsync(dental, $"agreements/{id}"));

        // Another tenant: the feature is off there, and its users' cookies are not valid here.
        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync("agreements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"agreements/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_messages_not_errors()
    {
        using var staff = await As(Staff);
        var account = await AccountIdAsync(staff, "MS-3100");
        var fields = Fields(account, "", new() { ["Input.EndDate"] = "2000-01-01", ["Input.CarryOverMonths"] = "99", ["Input.Title"] = "" });
        var response = await PostAgreementAsync(staff, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TicketPages.DecodedAsync(response);
        Assert.Contains("Enter the agreement number.", page);
        Assert.Contains("Enter a title.", page);
        Assert.Contains("The end date cannot be before the start date.", page);
        Assert.Contains("Enter carry-over months from 0 to 12.", page);

        var id = await CreateAsync(staff, "MS-3100", "T-BAD-1");
        Assert.Contains("Another agreement already has the number T-BAD-1.", await TicketPages.DecodedAsync(await PostAgreementAsync(staff, Fields(account, "T-BAD-1"))));
        var adjust = await staff.PostFormAsync($"agreements/{id}", new Dictionary<string, string> { ["hours"] = "abc", ["note"] = "" }, $"agreements/{id}?handler=Adjust");
        Assert.Equal(HttpStatusCode.OK, adjust.StatusCode);
        Assert.Contains("Say why, in up to 500 characters.", await TicketPages.DecodedAsync(adjust));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"agreements/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_has_a_year_of_agreements_purchases_and_time_within_each_customers_scope()
    {
        using var dental = await As(DentalAdmin);
        using var harbor = await As(Harbor);
        var list = await PageAsync(dental, "agreements");
        Assert.Contains("AGR-2026-001", list);
        Assert.DoesNotContain("AGR-2026-003", list);
        Assert.Contains("AGR-2026-003", await PageAsync(harbor, "agreements"));
        var id = System.Text.RegularExpressions.Regex.Match(list, "agreements/([0-9a-f-]{36})\">AGR-2026-002").Groups[1].Value;
        var retainer = await PageAsync(dental, $"agreements/{id}");
        Assert.Contains("Balance: <strong>12.00</strong> hours", retainer); // 20 + 10 bought, 12 months of 1.5 hours drawn
        Assert.Contains("Monthly maintenance: patches and backup checks", retainer);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(retainer, "<td>Draw</td>").Count);
        Assert.Equal(HttpStatusCode.NotFound, (await harbor.GetAsync($"agreements/{id}")).StatusCode);
        var summary = await PageAsync(dental, "");
        Assert.Contains("Agreements and pre-paid hours", summary);
        Assert.Contains("<svg class=\"usage-chart\"", summary);
    }

    private static bool Refused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || r.Headers.Location?.ToString().Contains("denied") == true;
}

public sealed class AgreementFlowOnSqlite(EmailPortal portal) : AgreementFlowTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class AgreementFlowOnPostgres(EmailPostgresPortal portal) : AgreementFlowTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
