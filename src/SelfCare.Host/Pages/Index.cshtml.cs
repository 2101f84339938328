using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.FeatureManagement;
using SelfCare.Host.Identity;
using SelfCare.Host.Modules;
using SelfCare.Host.Summary;
using SelfCare.Platform.Modules;

namespace SelfCare.Host.Pages;

/// <summary>The Summary tab: the widgets of the modules this tenant has enabled.</summary>
[Authorize]
internal sealed class IndexModel(ModuleCatalog modules, IVariantFeatureManager features, SummaryFragments fragments) : PageModel
{
    private readonly List<string> _enabled = [];

    public IReadOnlyList<SummaryWidget> Widgets { get; private set; } = [];
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirst(PortalClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        var widgets = new List<SummaryWidget>();
        foreach (var module in modules.Modules)
        {
            if (!await features.IsEnabledAsync(module.Manifest.Id, ct))
                continue;
            _enabled.Add(module.Manifest.Id);
            widgets.AddRange(module.Manifest.Widgets);
        }
        Widgets = [.. widgets.OrderBy(w => w.Order)];
    }

    /// <summary>A box, from <see cref="SummaryFragments"/> while the tenant's data is unchanged.</summary>
    public Task<IHtmlContent> WidgetAsync(IViewComponentHelper component, SummaryWidget widget) =>
        fragments.RenderAsync(component, widget.ViewComponent, User, _enabled, HttpContext.RequestAborted);
}
