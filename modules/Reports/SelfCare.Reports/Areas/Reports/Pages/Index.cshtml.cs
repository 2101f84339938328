using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Platform.Reports;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>The Reports tab: every report the tenant's enabled modules offer.</summary>
[Authorize]
internal sealed class IndexModel(IReportCatalog catalog) : PageModel
{
    public IReadOnlyList<IReportDefinition> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Reports = [.. (await catalog.EnabledAsync(ct)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
}
