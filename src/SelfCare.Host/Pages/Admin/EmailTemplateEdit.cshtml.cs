using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Outbox;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Identity;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

/// <summary>Edit one template with a preview on its sample model (server-rendered; a small script refreshes it as you type).</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class EmailTemplateEditModel(
    EmailTemplateCatalog catalog, EmailTemplateStore store, EmailRenderer renderer, OutboxMessageFactory messages,
    EmailDbContext db, IEmailOutbox outbox, UserManager<PortalUser> users, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    public EmailTemplateInput Input { get; set; } = new();

    public CatalogedTemplate Template { get; private set; } = null!;
    public bool IsCustom { get; private set; }
    public RenderedEmail? Preview { get; private set; }
    public string? PreviewError { get; private set; }
    public IReadOnlyList<TemplateVariable> Variables { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        var custom = await store.FindAsync(name, ct);
        IsCustom = custom is not null;
        var source = custom is null ? Template.Defaults : new EmailTemplateSource(custom.Subject, custom.HtmlBody, custom.TextBody);
        Input = new EmailTemplateInput { Subject = source.Subject, HtmlBody = source.HtmlBody, TextBody = source.TextBody };
        await RenderPreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        await MarkCustomAsync(ct);
        if (ModelState.IsValid)
            await RenderPreviewAsync(ct);
        return Page();
    }

    /// <summary>The live preview's data: subject, HTML and text, or the error with its line and column.</summary>
    public async Task<IActionResult> OnPostPreviewJsonAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        if (!ModelState.IsValid)
            return new JsonResult(new { error = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)) });
        await RenderPreviewAsync(ct);
        return new JsonResult(Preview is null
            ? new { error = PreviewError }
            : (object)new { subject = Preview.Subject, html = Preview.Html, text = Preview.Text });
    }

    public async Task<IActionResult> OnPostSaveAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        await MarkCustomAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        await RenderPreviewAsync(ct);
        if (PreviewError is not null)
        {
            ModelState.AddModelError(string.Empty, "Not saved. " + PreviewError);
            return Page();
        }
        await store.SaveAsync(name, Source(), User.Identity?.Name, ct);
        Notice = "Your version of this email is saved; it is used from the next email on.";
        return RedirectToPage(new { name });
    }

    public async Task<IActionResult> OnPostSendTestAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        await MarkCustomAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        await RenderPreviewAsync(ct);
        if (Preview is null)
        {
            ModelState.AddModelError(string.Empty, "No test was sent. " + PreviewError);
            return Page();
        }
        var me = await users.GetUserAsync(User);
        if (string.IsNullOrEmpty(me?.Email))
        {
            ModelState.AddModelError(string.Empty, "Your login has no email address to send the test to.");
            return Page();
        }
        var message = messages.Create(tenantContext.Current.Id, name, Preview with { Subject = "[Test] " + Preview.Subject },
            new EmailRecipient(me.Email, me.DisplayName));
        db.Outbox.Add(message);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
        Notice = $"A test of this version (sample data) is on its way to {me.Email}. Follow it on Email outbox.";
        return RedirectToPage(new { name });
    }

    public async Task<IActionResult> OnPostRevertAsync(string name, CancellationToken ct)
    {
        if (!Load(name))
            return NotFound();
        await store.RevertAsync(name, User.Identity?.Name, ct);
        Notice = "This email is back to the default.";
        return RedirectToPage(new { name });
    }

    private bool Load(string name)
    {
        var template = catalog.For(tenantContext.Current).FirstOrDefault(t => t.Name == name);
        if (template is null)
            return false;
        Template = template;
        Variables = TemplateVariables.Of(template.Definition.ModelType);
        return true;
    }

    private async Task MarkCustomAsync(CancellationToken ct) => IsCustom = await store.FindAsync(Template.Name, ct) is not null;

    private EmailTemplateSource Source() => new(Input.Subject ?? "", Input.HtmlBody ?? "", Input.TextBody ?? "");

    private async Task RenderPreviewAsync(CancellationToken ct)
    {
        try
        {
            Preview = await renderer.PreviewAsync(Template, Source(), ct);
        }
        catch (EmailTemplateException e)
        {
            PreviewError = e.Message;
        }
    }
}
