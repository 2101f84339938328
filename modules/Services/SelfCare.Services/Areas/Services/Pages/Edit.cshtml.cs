using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;
using SelfCare.Services.Data;

namespace SelfCare.Services.Areas.Services.Pages;

/// <summary>Edit Description: customer admins (within their scope), staff and tenant admins.</summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin + "," + PortalRoles.CustomerAdmin)]
internal sealed class EditModel(ServicesDbContext db) : PageModel
{
    [BindProperty]
    public EditDescriptionInput Input { get; set; } = new();

    public CustomerService Service { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } service)
            return NotFound();
        Service = service;
        Input.Description = service.Description;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } service)
            return NotFound();
        Service = service;
        Input.Description = Input.Description?.Trim();
        ModelState.ClearValidationState(nameof(Input));
        if (!TryValidateModel(Input, nameof(Input)))
            return Page();
        service.Description = Input.Description;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Description saved.";
        return RedirectToPage("Details", new { id });
    }

    // Through the scoped DbContext: another account's service answers 404, as a missing one does.
    private Task<CustomerService?> FindAsync(Guid id, CancellationToken ct) =>
        db.Services.FirstOrDefaultAsync(s => s.Id == id, ct);
}
