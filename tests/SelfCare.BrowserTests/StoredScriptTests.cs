using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SelfCare.BrowserTests;

/// <summary>
/// Script payloads typed into the forms whose text other pages show (ticket subject and reply, contact, service
/// description, order note, hierarchy group, report schedule name and message, branding title and footer, a user's name),
/// then those pages opened in Chromium with the CSP bypassed: nothing runs (no window.__xss, no dialog) and the payload reads as plain text.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class StoredScriptTests(PortalFixture portal)
{
    private const string Script = "<script>window.__xss=1</script>";
    private const string Img = "\"><img src=x onerror=window.__xss=1>";

    // Where a payload goes in: who, the form's page (a list page and the link pattern when it needs a real id),
    // the fields filled (CSS selector: value), the pages that show what was stored and the values they show as text.
    private sealed record Entry(string User, string FormPage, string? LinkPattern, Dictionary<string, string> Fields, string[] ShownOn,
        string[] Visible);

    private static readonly Entry[] Entries =
    [
        new("lexington@bluegrasshealth.example", "tickets/new", null,
            new() { ["[name='Input.Subject']"] = "S" + Script, ["[name='Input.Description']"] = "D" + Img }, ["tickets"], ["S" + Script]),
        new("lexington@bluegrasshealth.example", "tickets", @"/tickets/\d+$",
            new() { ["[name='Message.Text']"] = "R" + Img + Script }, [], ["R" + Img + Script]),
        new("it@bluegrasshealth.example", "accounts/contacts/edit", null,
            new() { ["[name='Input.Name']"] = "N" + Img, ["[name='Input.Role']"] = "R" + Script, ["[name='Input.Email']"] = "xss@example.com" },
            ["accounts/contacts"], ["N" + Img]),
        new("it@bluegrasshealth.example", "services", @"/services/edit/[0-9a-f-]{36}$",
            new() { ["[name='Input.Description']"] = "V" + Img }, ["services"], ["V" + Img]),
        new("it@bluegrasshealth.example", "orders", @"/orders/details/[0-9a-f-]{36}$",
            new() { ["[name='Note.Text']"] = "O" + Script + Img }, [], ["O" + Script + Img]),
        new("it@bluegrasshealth.example", "accounts/hierarchy", null,
            new() { ["#GroupName"] = "G" + Img }, ["accounts/hierarchy"], ["G" + Img]),
        new("admin@accelecom.example", "users", @"/users/[0-9a-f-]{36}$",
            new() { ["[name='Input.Name']"] = "U" + Img }, ["users"], ["U" + Img]),
        new("admin@accelecom.example", "reports/schedules", @"/reports/scheduleedit\?id=",
            new() { ["[name='Input.Name']"] = "K" + Img, ["[name='Input.Message']"] = "M" + Script }, ["reports/schedules"], ["K" + Img]),
        new("admin@accelecom.example", "admin/branding", null,
            new() { ["[name='Input.Title']"] = "T" + Script, ["[name='Input.Footer']"] = "F" + Img }, [""], ["F" + Img]),
    ];

    [Fact]
    public async Task Stored_payloads_never_run_and_read_as_text()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var failures = new List<string>();
        foreach (var user in Entries.GroupBy(e => e.User))
        {
            var page = await portal.NewPageAsync();
            var dialogs = 0;
            page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
            try
            {
                await page.GotoAsync($"{baseUrl}/login");
                await PortalPages.LogInAsync(page, baseUrl, user.Key);
                foreach (var entry in user)
                {
                    await page.GotoAsync($"{baseUrl}/{entry.FormPage}");
                    if (entry.LinkPattern is not null)
                    {
                        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
                        var link = links.FirstOrDefault(l => Regex.IsMatch(l, entry.LinkPattern));
                        Assert.True(link is not null, $"No link like {entry.LinkPattern} on {entry.FormPage}");
                        await page.GotoAsync($"{portal.BaseUrl}{link}");
                    }
                    var formUrl = page.Url;
                    await page.RunAndWaitForNavigationAsync(() => page.EvaluateAsync(FillAndSubmit, entry.Fields));
                    await CheckAsync(page, $"after posting {entry.FormPage}", () => dialogs, failures);
                    // The form's own page shows replies and notes; pages listed in ShownOn show the rest.
                    var showing = entry.ShownOn.Select(s => $"{baseUrl}/{s}").ToList();
                    foreach (var shown in showing.Append(formUrl))
                    {
                        await page.GotoAsync(shown);
                        await CheckAsync(page, shown, () => dialogs, failures);
                        var text = await page.Locator("body").InnerTextAsync();
                        foreach (var value in showing.Count == 0 || shown != formUrl ? entry.Visible : [])
                        {
                            // Lists may shorten long text: the marker letter and the start of the payload must read as text.
                            var start = value[..Math.Min(value.Length, 12)];
                            if (!text.Contains(start, StringComparison.Ordinal))
                                failures.Add($"{shown}: '{start}' is not shown as text");
                        }
                    }
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task CheckAsync(IPage page, string where, Func<int> dialogs, List<string> failures)
    {
        // An <img onerror> fires after the image fails to load: give it the moment it needs.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(150);
        if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
            failures.Add($"{where}: a stored payload ran (window.__xss is set)");
        if (dialogs() > 0)
            failures.Add($"{where}: a dialog opened");
    }

    // Fills the given fields of the first field's form (a drop-down left empty gets its first real option) and
    // submits it with the form's last submit button (its main action; "Show items" and the like come first).
    private const string FillAndSubmit = """
        fields => {
          const form = document.querySelector(Object.keys(fields)[0]).form;
          for (const [selector, value] of Object.entries(fields)) form.querySelector(selector).value = value;
          for (const select of form.querySelectorAll('select'))
            if (!select.value) select.value = [...select.options].find(o => o.value)?.value ?? '';
          const buttons = form.querySelectorAll('button[type=submit], input[type=submit], button:not([type])');
          form.requestSubmit(buttons[buttons.length - 1]);
        }
        """;
}
