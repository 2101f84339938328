using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Areas.Billing.Pages.Autopay;

/// <summary>
/// Autopay per account of the caller's scope: enrol with a saved method, change it, cancel; the attempts history. Who may
/// change it: <see cref="AutopayRights"/> (others read it, and their posts answer 403); accounts outside scope answer 404.
/// </summary>
[Authorize]
internal sealed class AutopayModel(
    IAccountDirectory directory, AutopayEnrolments enrolments, BillingSettingsStore settingsStore, BillingDbContext db, ITenantContext tenant)
    : PageModel
{
    [BindProperty]
    public AutopayInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public AccountEntry? Account { get; private set; }
    public AutopayEnrolment? Enrolment { get; private set; }
    public IReadOnlyList<SavedPaymentMethod> Methods { get; private set; } = [];
    public IReadOnlyList<AutopayAttempt> History { get; private set; } = [];
    public IReadOnlyList<AutopayAccountRow> Enrolled { get; private set; } = [];
    public BillingSettings Settings { get; private set; } = new();
    public string? ReadOnlyReason { get; private set; }

    public SavedPaymentMethod? EnrolledMethod => Methods.FirstOrDefault(m => Enrolment is { Active: true } e && m.Id == e.PaymentMethodId);

    public string AchText(SavedPaymentMethod method) => AutopayAchText.For(tenant.Current.Name, Actor, Account!, method);

    public async Task<IActionResult> OnGetAsync(Guid? account, CancellationToken ct)
    {
        await LoadAsync(account, ct);
        if (account is not null && Account is null)
            return NotFound();
        Input = new AutopayInput { AccountId = Account?.Id, MethodId = (EnrolledMethod ?? Methods.FirstOrDefault(m => m.IsDefault))?.Id.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        await LoadAsync(Input.AccountId, ct);
        if (Account is null)
            return NotFound();
        if (ReadOnlyReason is not null)
            return StatusCode(StatusCodes.Status403Forbidden);
        var methodId = Guid.TryParse(Input.MethodId, out var id) ? id : (Guid?)null;
        var chosen = await db.Set<SavedPaymentMethod>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == methodId && m.AccountId == Account.Id, ct);
        var achText = chosen is { Kind: PaymentMethodKind.Ach } && Input.AchAuthorized ? AchText(chosen) : null;
        var error = await enrolments.EnrolAsync(Account, methodId, achText, Actor, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (error is not null)
        {
            ModelState.AddModelError(error.Field, error.Message);
            return Page();
        }
        Notice = Enrolment is { Active: true } ? "Autopay now uses the method you chose." : "Autopay is on.";
        return RedirectToPage(new { account = Account.Id });
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        await LoadAsync(Input.AccountId, ct);
        if (Account is null)
            return NotFound();
        if (ReadOnlyReason is not null)
            return StatusCode(StatusCodes.Status403Forbidden);
        await enrolments.CancelAsync(Account.Id, Actor, ct);
        Notice = "Autopay is off. Pay your invoices from Make a Payment.";
        return RedirectToPage(new { account = Account.Id });
    }

    private async Task LoadAsync(Guid? accountId, CancellationToken ct)
    {
        Settings = await settingsStore.GetAsync(ct);
        ReadOnlyReason = AutopayRights.ReadOnlyReason(User, Settings);
        Accounts = await directory.FindAsync(null, ct);
        Account = accountId is { } wanted ? Accounts.FirstOrDefault(a => a.Id == wanted) : Accounts.FirstOrDefault();
        Enrolled = await EnrolledAsync(ct);
        if (Account is null)
            return;
        Enrolment = await enrolments.FindAsync(Account.Id, ct);
        Methods = await enrolments.MethodsAsync(Account.Id, ct);
        History = await enrolments.HistoryAsync(Account.Id, ct);
    }

    private async Task<IReadOnlyList<AutopayAccountRow>> EnrolledAsync(CancellationToken ct)
    {
        var rows = await (
                from e in db.Set<AutopayEnrolment>().AsNoTracking()
                where e.Active
                join m in db.Set<SavedPaymentMethod>().AsNoTracking() on e.PaymentMethodId equals m.Id
                select new { e.AccountId, m.Kind, m.Brand, m.Last4 })
            .ToListAsync(ct);
        var names = Accounts.ToDictionary(a => a.Id);
        return rows.Where(r => names.ContainsKey(r.AccountId))
            .Select(r => new AutopayAccountRow(r.AccountId, names[r.AccountId].Number, names[r.AccountId].Name, PaymentMethodLabel.Of(r.Kind, r.Brand, r.Last4)))
            .OrderBy(r => r.Number, StringComparer.Ordinal).ToList();
    }

    private string Actor => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "user";
}
