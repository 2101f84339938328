using System.Net;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;
using static SelfCare.Tests.HelpDesk.HelpDeskPages;

namespace SelfCare.Tests.HelpDesk;

/// <summary>Requests of each tier through the Support pages, the Ticket Details panel, the staff redirect and schedule. On both providers.</summary>
public abstract class HelpDeskFlowTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private Task<PortalClient> As(string email) =>
        portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task An_after_hours_request_is_emergency_and_its_redirect_writes_one_entry_and_one_email_even_when_retried()
    {
        using var admin = await As(Admin);
        using var staff = await As(Staff);
        using var customer = await As(DentalAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await CloseNowAsync(admin)).StatusCode);

        var number = NumberOf(await RequestAsync(customer, "HelpDesk", "MS-3101", "Scanner software will not start", new()
        {
            ["Input.RepresentativeName"] = "Dana Molar", ["Input.RepresentativeEmail"] = "dana.rep@mainstreetdental.example",
        }));
        var page = await PageAsync(customer, $"tickets/{number}");
        Assert.Contains("submitted outside business hours: handled as Emergency Services", page);
        Assert.Contains("Emergency (classified automatically)", page);
        Assert.Contains("Submitted outside hours — response due by", page);
        Assert.Contains("Contact for payment", page);
        Assert.DoesNotContain("Does not meet the emergency definition", page); // staff only

        Assert.Contains("Does not meet the emergency definition", await PageAsync(staff, $"tickets/{number}"));
        Assert.Equal(HttpStatusCode.Redirect, (await ManageAsync(staff, number, "Redirect")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ManageAsync(staff, number, "Redirect")).StatusCode); // retried

        page = await PageAsync(customer, $"tickets/{number}");
        Assert.Contains("Redirected to Help Desk on", page);
        Assert.Contains("<dd class=\"helpdesk-tier\">Help Desk</dd>", page);
        Assert.DoesNotContain("Contact for payment", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "does not meet the definition of Emergency Services and has been redirected"));
        var mail = Assert.Single((await portal.OutboxAsync(Tenant)).Where(m => m.Subject.Contains($"#{number}") && m.ToAddress.Contains("dana.rep@")));
        Assert.Equal("ticket-staff-update", mail.Template);
    }

    [Fact]
    public async Task In_hours_help_desk_needs_a_representative_and_shows_the_queue_and_professional_services_get_scheduled()
    {
        using var admin = await As(Admin);
        using var staff = await As(Staff);
        using var customer = await As(FrontDesk);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenNowAsync(admin, queueLimit: 0)).StatusCode);

        var refused = await TicketPages.DecodedAsync(await RequestAsync(customer, "HelpDesk", "MS-3102", "How do I run the day-end report?"));
        Assert.Contains("Name the representative of your organization who takes part in the session", refused);

        var help = NumberOf(await RequestAsync(customer, "HelpDesk", "MS-3102", "How do I run the day-end report?", new()
        {
            ["Input.RepresentativeName"] = "Kim Front", ["Input.RepresentativeEmail"] = "frontdesk@mainstreetdental.example",
        }));
        var page = await PageAsync(customer, $"tickets/{help}");
        Assert.Contains("<dd class=\"helpdesk-tier\">Help Desk</dd>", page);
        Assert.Contains("<dd class=\"helpdesk-queue\">", page);
        Assert.Contains("Help Desk sessions are limited to 30 minutes", page); // queue over the limit of 0
        Assert.DoesNotContain("Submitted outside hours", page);

        Assert.Contains("Say when the work is needed, or give a preferred date.",
            await TicketPages.DecodedAsync(await RequestAsync(customer, "ProfessionalServices", "MS-3102", "Install the new imaging PC")));
        var work = NumberOf(await RequestAsync(customer, "ProfessionalServices", "MS-3102", "Install the new imaging PC", new()
        {
            ["Input.WantedBy"] = "Before the first of the month", ["Input.PreferredTechnician"] = "Toni Tech", ["Input.PreferredWindow"] = "1 PM to 3 PM",
            ["Input.HoursCap"] = "3",
        }));
        page = await PageAsync(customer, $"tickets/{work}");
        Assert.Contains("<dd class=\"helpdesk-tier\">Professional Services</dd>", page);
        Assert.Contains("Preferred technician: Toni Tech; Time window: 1 PM to 3 PM; Cap: 3 hours", page);
        Assert.Contains("Not yet scheduled", page);

        Assert.Equal(HttpStatusCode.Redirect, (await ManageAsync(staff, work, "Schedule", new()
        {
            ["At"] = "2026-12-01T13:00", ["Technician"] = "Toni Tech", ["Key"] = "schedule1",
        })).StatusCode);
        page = await PageAsync(customer, $"tickets/{work}");
        Assert.Contains("<dd class=\"helpdesk-schedule\">Tue Dec 1, 2026 1:00 PM (America/New_York) with Toni Tech</dd>", page);

        var targets = await PageAsync(staff, "support/targets");
        Assert.Contains($"#{help}", targets);
        Assert.Contains($"#{work}", targets);
    }

    [Fact]
    public async Task A_ticket_opened_through_the_tickets_form_is_classified_too()
    {
        using var admin = await As(Admin);
        using var customer = await As(Harbor);
        Assert.Equal(HttpStatusCode.Redirect, (await CloseNowAsync(admin)).StatusCode);
        var number = await TicketAsync(customer, "MS-4200", "Card reader declines every card");
        Assert.Contains("Emergency (classified automatically)", await PageAsync(customer, $"tickets/{number}"));
    }

    [Fact]
    public async Task The_summary_support_box_counts_open_requests_by_tier_within_the_scope()
    {
        using var admin = await As(Admin);
        using var harbor = await As(Harbor);
        using var dental = await As(DentalAdmin);
        static int Open(string page) =>
            int.Parse(System.Text.RegularExpressions.Regex.Match(page, @"<strong>(\d+)</strong> open request\(s\)").Groups[1].Value);

        var summary = await PageAsync(dental, "");
        Assert.Contains("<h2 id=\"w-support\">Support</h2>", summary);
        Assert.Contains("Emergency (24x7)", summary);
        Assert.Contains("<th scope=\"row\">Professional Services</th>", summary);
        var (dentalBefore, allBefore) = (Open(summary), Open(await PageAsync(admin, "")));
        Assert.True(dentalBefore > 0, "the demo's dental tickets have tiers");
        Assert.True(allBefore > dentalBefore);

        Assert.Equal(HttpStatusCode.Redirect, (await OpenNowAsync(admin)).StatusCode);
        NumberOf(await RequestAsync(harbor, "ProfessionalServices", "MS-4201", "Harbor summary work order", new()
        {
            ["Input.WantedBy"] = "Next week", ["Input.PreferredTechnician"] = "Toni Tech",
        }));
        Assert.Equal(allBefore + 1, Open(await PageAsync(admin, "")));
        Assert.Equal(dentalBefore, Open(await PageAsync(dental, "")));
    }

    [Fact]
    public async Task Another_account_never_sees_the_tier_panel_schedule_or_request_and_customers_cannot_use_staff_actions()
    {
        using var admin = await As(Admin);
        using var harbor = await As(Harbor);
        using var frontDesk = await As(FrontDesk);
        using var dental = await As(DentalAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenNowAsync(admin)).StatusCode);
        var number = NumberOf(await RequestAsync(harbor, "ProfessionalServices", "MS-4201", "Harbor secret work order", new()
        {
            ["Input.WantedBy"] = "Next week", ["Input.PreferredTechnician"] = "Toni Tech",
        }));

        foreach (var other in new[] { frontDesk, dental })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"tickets/{number}")).StatusCode);
            Assert.DoesNotContain($"#{number}", await PageAsync(other, "support"));
        }
        // A customer who may see the ticket still may not redirect or schedule it.
        Assert.True(Refused(await ManageAsync(harbor, number, "Schedule", new() { ["At"] = "2026-12-01T13:00", ["Technician"] = "Me" })));
        Assert.Contains("Not yet scheduled", await PageAsync(harbor, $"tickets/{number}"));
        Assert.True(Refused(await harbor.GetAsync("support/targets")));

        // Another tenant: its staff's cookie is not valid here, and the ticket number there is another ticket or none.
        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync("support")).StatusCode);
    }

    [Fact]
    public async Task Admin_settings_and_holidays_refuse_bad_input_with_messages()
    {
        using var admin = await As(Admin);
        var fields = Settings(d => d == DayOfWeek.Monday ? ("17:00", "08:00") : null);
        fields["Input.TimeZone"] = "Mars/Olympus";
        fields["Input.EmergencyPhone"] = "call us";
        fields["Input.HelpDeskResolutionHours"] = "2";
        fields["Input.QueueLimit"] = "-1";
        var page = await TicketPages.DecodedAsync(await admin.PostFormAsync("admin/helpdesk", fields));
        Assert.Contains("Enter a time zone such as America/New_York.", page);
        Assert.Contains("Monday: enter an opening time before the closing time", page);
        Assert.Contains("Enter the emergency phone number with digits", page);
        Assert.Contains("A resolution target cannot be shorter than its response target.", page);
        Assert.Contains("Enter a queue length from 0 to 1000.", page);
        Assert.Contains("Open the help desk on at least one weekday.",
            await TicketPages.DecodedAsync(await admin.PostFormAsync("admin/helpdesk", Settings(_ => null))));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/helpdesk/holidays",
            new Dictionary<string, string> { ["Input.Date"] = "2027-03-17", ["Input.Name"] = "Saint Patrick's Day" })).StatusCode);
        Assert.Contains("2027-03-17 is already a holiday.", await TicketPages.DecodedAsync(await admin.PostFormAsync("admin/helpdesk/holidays",
            new Dictionary<string, string> { ["Input.Date"] = "2027-03-17", ["Input.Name"] = "Again" })));
        Assert.Contains("Enter the holiday's name.", await TicketPages.DecodedAsync(await admin.PostFormAsync("admin/helpdesk/holidays",
            new Dictionary<string, string> { ["Input.Date"] = "2027-03-18", ["Input.Name"] = "" })));
        Assert.Contains("Saint Patrick's Day", await PageAsync(admin, "admin/helpdesk/holidays"));

        using var staff = await As(Staff);
        Assert.True(Refused(await staff.GetAsync("admin/helpdesk")));
    }

    private static bool Refused(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Forbidden || r.Headers.Location?.ToString().Contains("denied") == true;

    [Fact]
    public async Task The_demo_has_every_tier_with_an_after_hours_emergency_and_a_redirected_request()
    {
        using var staff = await As(Staff);
        var targets = await PageAsync(staff, "support/targets");
        int At(string text) => targets.IndexOf(text, StringComparison.Ordinal);
        Assert.True(At("Point of sale down at the front desk") is > 0 and var pos && pos < At("<h2 id=\"h-HelpDesk\">"), "after-hours emergency");
        Assert.True(At("Password reset for the new hygienist") > At("<h2 id=\"h-HelpDesk\">"), "redirected to Help Desk");
        Assert.True(At("Install the new imaging PC") > At("<h2 id=\"h-ProfessionalServices\">"), "work order");

        using var customer = await As(DentalAdmin);
        var support = await PageAsync(customer, "support");
        Assert.Contains("Emergency Help Desk: <a href=\"tel:(888) 899-1911\">(888) 899-1911</a>", support);
        var number = System.Text.RegularExpressions.Regex.Match(targets, "/tickets/(\\d+)\">#\\d+</a></td><td>Password reset").Groups[1].Value;
        Assert.Contains("Redirected to Help Desk on", await PageAsync(customer, $"tickets/{number}"));
    }

    [Fact]
    public async Task Where_the_feature_is_off_nothing_of_the_help_desk_shows()
    {
        // HelpDesk is off for accelecom (Tickets on): no pages, no panel on a ticket, no tab.
        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        foreach (var url in new[] { "support", "support/new", "support/targets", "admin/helpdesk", "admin/helpdesk/holidays" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var number = await TicketPages.CreateAsync(lexington, "AC-100102", "Line is noisy");
        var page = await PageAsync(lexington, $"tickets/{number}");
        Assert.DoesNotContain("Support tier", page);
        Assert.DoesNotContain("/support\"", page);
    }
}

public sealed class HelpDeskFlowOnSqlite(EmailPortal portal) : HelpDeskFlowTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class HelpDeskFlowOnPostgres(EmailPostgresPortal portal) : HelpDeskFlowTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
