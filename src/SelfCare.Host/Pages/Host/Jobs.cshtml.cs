using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.Jobs;

namespace SelfCare.Host.Pages.Host;

[Authorize(Policy = HostOperatorAuth.Policy)]
internal sealed class HostJobsModel(ScheduledJobQuery schedule) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    public IReadOnlyList<ScheduledJobRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await schedule.ListAsync(string.IsNullOrWhiteSpace(Tenant) ? null : Tenant.Trim().ToLowerInvariant(), ct);
}
