using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Orders.Areas.Orders.Pages;

/// <summary>Staff and tenant admins create an order for any account.</summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
internal sealed class CreateModel(OrdersDbContext db, IAccountDirectory accounts, ILocationDirectory locations, TimeProvider clock) : PageModel
{
    /// <summary>The currency of order lines typed on the form.</summary>
    private const string Currency = "USD";

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public IReadOnlyList<LocationEntry> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Number = Input.Number?.Trim();
        Input.Service = string.IsNullOrWhiteSpace(Input.Service) ? null : Input.Service.Trim();
        ModelState.ClearValidationState(nameof(Input));
        if (!TryValidateModel(Input, nameof(Input)))
            return Page();
        if (OrderStatuses.Parse(Input.Status) is not { } status)
            ModelState.AddModelError("Input.Status", "Choose one of the listed statuses.");
        else if (Accounts.All(a => a.Id != Input.AccountId))
            ModelState.AddModelError("Input.AccountId", "Choose one of the listed accounts.");
        else if (Input.LocationId is { } l && Locations.FirstOrDefault(x => x.Id == l)?.AccountId != Input.AccountId)
            ModelState.AddModelError("Input.LocationId", "Choose a location of the selected account.");
        else if (Input.Street1 is not null && (string.IsNullOrWhiteSpace(Input.City) || string.IsNullOrWhiteSpace(Input.Country)))
            ModelState.AddModelError("Input.City", "A typed address needs at least a street, a city and a country.");
        else if (Input.ActivationDate < Input.RequestedDate)
            ModelState.AddModelError("Input.ActivationDate", "The activation date cannot be before the requested date.");
        else if (await db.Orders.IgnoreQueryFilters().AnyAsync(o => o.Number == Input.Number, ct))
            ModelState.AddModelError("Input.Number", $"Order {Input.Number} already exists.");
        else
        {
            var address = Input.LocationId is null && !string.IsNullOrWhiteSpace(Input.Street1)
                ? new OrderAddress(Input.Street1.Trim(), Input.Street2, Input.City!.Trim(), Input.Region, Input.PostalCode, Input.Country!.Trim())
                : null;
            var lines = Input.Service is null ? [] : new[] { new NewOrderLine(Input.Service, Input.Quantity, Input.UnitPrice, Currency, Input.Recurring) };
            var order = OrderFactory.Create(new NewOrder(Input.Number!, Input.AccountId!.Value, status.ToString(), Input.OrderType,
                Input.Description, Input.RequestedDate, Input.ActivationDate, Input.LocationId, address, lines, OrderRoles.Name(User)), clock.GetUtcNow());
            db.Orders.Add(order);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"Order {order.Number} created.";
            return RedirectToPage("Details", new { id = order.Id });
        }
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await accounts.FindAsync(null, ct);
        Locations = await locations.ForAccountAsync(null, ct);
    }
}
