using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class EmailTemplatesModel(EmailTemplateCatalog catalog, EmailTemplateStore store, ITenantContext tenantContext) : PageModel
{
    public IReadOnlyList<EmailTemplateRow> Rows { get; private set; } = [];
    public string TimeZone => tenantContext.Current.TimeZone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var custom = await store.AllAsync(ct);
        Rows = catalog.For(tenantContext.Current).Select(t =>
        {
            var mine = custom.GetValueOrDefault(t.Name);
            return new EmailTemplateRow(t.Name, t.Definition.Description, t.Owner, mine is not null, mine?.UpdatedAt, mine?.UpdatedBy);
        }).ToList();
    }

    public string Local(DateTime utc) => EmailTimes.Local(utc, TimeZone);
}
