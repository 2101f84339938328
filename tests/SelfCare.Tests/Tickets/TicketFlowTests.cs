using System.Net;
using SelfCare.Tests.Email;
using SelfCare.Tests.Files;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Tickets;

/// <summary>Create, reply, status, assignment and the journal's order; emails both ways; retried posts; validation. On both providers.</summary>
public abstract class TicketFlowTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private Task<PortalClient> As(string email) => portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private async Task<List<SelfCare.Platform.Email.OutboxMessage>> MailAbout(long number) =>
        (await portal.OutboxAsync("accelecom")).Where(m => m.Subject.Contains($"#{number}")).ToList();

    [Fact]
    public async Task A_customer_opens_a_ticket_about_a_service_and_sees_its_number_on_top()
    {
        using var lexington = await As(Demo.LexingtonUser);
        var service = await ServicePages.IdOf(lexington, "859-555-0150");
        var form = await lexington.GetStringAsync($"tickets/new?about=service:{service}");
        Assert.Contains("General Information", form);
        var option = System.Text.RegularExpressions.Regex.Match(form, $"<option [^>]*value=\"{service}\"[^>]*>859-555-0150");
        Assert.True(option.Success && option.Value.Contains("selected"), "the service is not preselected");

        var number = await TicketPages.CreateAsync(lexington, "AC-100103", "Front desk line has no dial tone", $"service:{service}",
            [("photo.png", UploadSamples.Png())]);
        var details = WebUtility.HtmlDecode(await lexington.GetStringAsync($"tickets/{number}"));
        Assert.Contains($"Ticket <span class=\"ticket-number\">#{number}</span>", details);
        Assert.Contains($"Ticket #{number} submitted.", details);
        Assert.Contains("859-555-0150 – Imaging front desk DID", details);
        Assert.Equal(["statuschange", "attachment"], TicketPages.Journal(details));
        Assert.Contains(number, await TicketPages.ListedAsync(lexington));

        // Unassigned: the customer's new ticket goes to the tenant's support address, once.
        var mail = Assert.Single(await MailAbout(number));
        Assert.Equal("ticket-customer-message", mail.Template);
        Assert.DoesNotContain("lexington@", mail.ToAddress);
    }

    [Fact]
    public async Task Replies_status_changes_and_assignment_are_journalled_in_order_and_emailed_to_the_other_side()
    {
        using var lexington = await As(Demo.LexingtonUser);
        using var staff = await As(Demo.AccelecomStaff);
        var number = await TicketPages.CreateAsync(lexington, "AC-100102", "Fax line drops calls");

        Assert.Equal(HttpStatusCode.Redirect, (await TicketPages.AssignAsync(staff, number, Demo.AccelecomStaff)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TicketPages.ReplyAsync(staff, number, "We are testing the line from our side.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TicketPages.StatusAsync(staff, number, "WaitingOnClient", "Please try a call now.")).StatusCode);

        var reply = await TicketPages.ReplyAsync(lexington, number, "Still dropping after two minutes.");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var page = WebUtility.HtmlDecode(await lexington.GetStringAsync(reply.Headers.Location!.OriginalString.Split('#')[0].Replace("/accelecom/", "")));
        Assert.Contains("Message added to journal.", page);
        Assert.Equal(["statuschange", "assignment", "message", "statuschange", "message", "statuschange"], TicketPages.Journal(page));
        Assert.Contains("Status: Waiting on client → Open", page); // the customer's reply reopened it
        Assert.True(page.IndexOf("We are testing the line", StringComparison.Ordinal) < page.IndexOf("Still dropping", StringComparison.Ordinal));

        var mail = await MailAbout(number);
        Assert.Equal(2, mail.Count(m => m.Template == "ticket-staff-update" && m.ToAddress == Demo.LexingtonUser));
        Assert.Single(mail, m => m.Template == "ticket-customer-message" && m.ToAddress == Demo.AccelecomStaff);

        // Resolved, then the customer replies: reopened again. Closed: customers can no longer reply.
        await TicketPages.StatusAsync(staff, number, "Resolved");
        await TicketPages.ReplyAsync(lexington, number, "It happened again.");
        Assert.Contains("<small class=\"status\">Open</small>", await lexington.GetStringAsync($"tickets/{number}"));
        await TicketPages.StatusAsync(staff, number, "Closed");
        var closed = await TicketPages.ReplyAsync(lexington, number, "One more thing");
        Assert.Contains("This ticket is closed.", await TicketPages.DecodedAsync(closed));
    }

    [Fact]
    public async Task Internal_notes_never_reach_a_customer_page_email_or_export()
    {
        const string secret = "Customer is on credit hold, do not dispatch";
        using var bluegrass = await As(Demo.BluegrassAdmin);
        using var staff = await As(Demo.AccelecomStaff);
        var number = await TicketPages.CreateAsync(bluegrass, "AC-100100", "Router keeps rebooting");
        Assert.Equal(HttpStatusCode.Redirect, (await TicketPages.ReplyAsync(staff, number, secret, @internal: true)).StatusCode);
        await TicketPages.StatusAsync(staff, number, "Open", "Looking into it.");

        Assert.Contains(secret, WebUtility.HtmlDecode(await staff.GetStringAsync($"tickets/{number}")));
        Assert.DoesNotContain(secret, WebUtility.HtmlDecode(await bluegrass.GetStringAsync($"tickets/{number}")));
        Assert.DoesNotContain("internalnote", await bluegrass.GetStringAsync($"tickets/{number}"));
        foreach (var client in new[] { bluegrass, staff })
        {
            Assert.DoesNotContain(secret, string.Join("\n", (await TicketPages.CsvAsync(client)).SelectMany(r => r)));
            var excel = await client.GetAsync("tickets?handler=Excel");
            Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(await excel.Content.ReadAsByteArrayAsync()));
        }
        Assert.DoesNotContain(secret, string.Join("\n", (await TicketPages.CsvAsync(staff, "tickets/queue")).SelectMany(r => r)));
        Assert.All(await portal.OutboxAsync("accelecom"), m => Assert.DoesNotContain(secret, m.Subject + m.HtmlBody + m.TextBody));
        // A customer cannot write one either.
        var sneaky = await TicketPages.ReplyAsync(bluegrass, number, "sneaky", @internal: true);
        Assert.True(sneaky.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"internal note by a customer: {(int)sneaky.StatusCode}");
        Assert.DoesNotContain("sneaky", await staff.GetStringAsync($"tickets/{number}"));
    }

    [Fact]
    public async Task Two_identical_reply_or_status_posts_at_once_write_one_journal_entry_and_one_email()
    {
        using var lexington = await As(Demo.LexingtonUser);
        using var staff = await As(Demo.AccelecomStaff);
        var number = await TicketPages.CreateAsync(lexington, "AC-100102", "Voicemail not working");
        var before = (await MailAbout(number)).Count;

        var page = await staff.GetStringAsync($"tickets/{number}");
        var replies = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => staff.Http.PostAsync($"tickets/{number}?handler=Reply",
            TicketPages.Form(page, "Reply", new() { ["Message.Text"] = "Reset your PIN, please." }))));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var statuses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => staff.Http.PostAsync($"tickets/{number}?handler=Status",
            TicketPages.Form(page, "Status", new() { ["Change.Status"] = "Resolved" }))));
        Assert.All(statuses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var journal = TicketPages.Journal(await staff.GetStringAsync($"tickets/{number}"));
        Assert.Equal(["statuschange", "message", "statuschange"], journal);
        Assert.Equal(2, (await MailAbout(number)).Count - before);
    }

    [Fact]
    public async Task Files_added_on_ticket_details_join_the_journal_and_refusals_say_why()
    {
        using var lexington = await As(Demo.LexingtonUser);
        var number = await TicketPages.CreateAsync(lexington, "AC-100102", "Invoice copy needed");
        async Task<HttpResponseMessage> Upload(string name, byte[] bytes)
        {
            var page = await lexington.GetStringAsync($"tickets/{number}");
            var form = new MultipartFormDataContent { { new StringContent(TicketPages.TokenOf(page)), "__RequestVerificationToken" } };
            form.Add(new ByteArrayContent(bytes), "attachments", name);
            return await lexington.Http.PostAsync($"tickets/{number}?handler=Upload", form);
        }

        var refused = await Upload("setup.pdf", UploadSamples.Exe);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("setup.pdf: This type of file is not accepted", await TicketPages.DecodedAsync(refused));
        Assert.Equal(HttpStatusCode.Redirect, (await Upload("Meter <photo>.png", UploadSamples.Png())).StatusCode);
        var details = await lexington.GetStringAsync($"tickets/{number}");
        Assert.Contains("File uploaded successfully", details);
        Assert.Contains("Meter &lt;photo&gt;.png", details);
        Assert.Equal(["statuschange", "attachment"], TicketPages.Journal(details));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_on_the_form_and_opens_no_ticket()
    {
        using var lexington = await As(Demo.LexingtonUser);
        using var bluegrass = await As(Demo.BluegrassAdmin);
        var account = await TicketPages.AccountIdAsync(lexington, "AC-100102");
        var parentService = await ServicePages.IdOf(bluegrass, "502-555-0100"); // AC-100100's, outside Lexington's scope
        var ownService = await ServicePages.IdOf(lexington, "859-555-0123");
        var before = await TicketPages.ListedAsync(lexington);

        async Task Refused(Dictionary<string, string> changes, string message, IEnumerable<(string, byte[])>? files = null)
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.AccountId"] = account, ["Input.Category"] = "Billing", ["Input.Subject"] = "Question", ["Input.Priority"] = "Normal",
                ["Input.Description"] = "Please explain", ["Input.AboutKind"] = "account",
            };
            foreach (var (k, v) in changes)
                fields[k] = v;
            var response = await TicketPages.SubmitAsync(lexington, fields, files);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await TicketPages.DecodedAsync(response));
        }

        await Refused(new() { ["Input.Subject"] = "  " }, "Enter a subject.");
        await Refused(new() { ["Input.AboutKind"] = "service", ["Input.AboutId"] = Guid.NewGuid().ToString() }, "The related item was not found on this account.");
        await Refused(new() { ["Input.AboutKind"] = "service", ["Input.AboutId"] = parentService }, "The related item was not found on this account.");
        await Refused(new() { ["Input.AboutKind"] = "service", ["Input.AboutId"] = ownService, ["Input.AccountId"] = await TicketPages.AccountIdAsync(lexington, "AC-100103") },
            "The related item was not found on this account.");
        await Refused(new() { ["Input.AboutKind"] = "service" }, "Choose the related item");
        await Refused(new() { ["Input.AboutKind"] = "invoice" }, "Choose one of the listed kinds of related item.");
        var oversize = new byte[10 * 1024 * 1024 + 1];
        UploadSamples.Pdf.CopyTo(oversize, 0);
        await Refused([], "big.pdf: The file is larger than the limit of 10 MB.", [("big.pdf", oversize)]);
        await Refused([], "tool.pdf: This type of file is not accepted", [("tool.pdf", UploadSamples.Exe)]);
        Assert.Equal(before, await TicketPages.ListedAsync(lexington));

        var number = await TicketPages.CreateAsync(lexington, "AC-100102", "Empty reply test");
        var empty = await TicketPages.ReplyAsync(lexington, number, "   ");
        Assert.Contains("Enter a message.", await TicketPages.DecodedAsync(empty));
    }
}

public sealed class TicketFlowOnSqlite(EmailPortal portal) : TicketFlowTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class TicketFlowOnPostgres(EmailPostgresPortal portal) : TicketFlowTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
