using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Areas.Billing.Pages.Methods;

/// <summary>
/// Payment methods outside a payment: an account's saved cards and bank accounts; add one (tokenized by the gateway as on
/// Make a Payment), make one the default, remove one (not the one autopay charges). Customer users read only (403).
/// </summary>
[Authorize]
internal sealed class IndexModel(
    PayableQuery payable, BillingDbContext db, BillingSettingsStore settingsStore, MethodTokenizer tokenizer,
    ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MethodInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public AccountEntry? Account { get; private set; }
    public IReadOnlyList<SavedPaymentMethod> Methods { get; private set; } = [];
    public BillingSettings Settings { get; private set; } = new();
    public Guid? AutopayMethodId { get; private set; }

    /// <summary>Why a method could not be removed (shown by the list, not the add form).</summary>
    public string? RemoveError { get; private set; }

    public bool CanManage => !User.IsInRole(PortalRoles.CustomerUser);

    public string AchText => SavedAchText.For(tenant.Current.Name, Payer, Account?.Number ?? "");

    public async Task<IActionResult> OnGetAsync(Guid? account, CancellationToken ct)
    {
        await LoadAsync(account, ct);
        if (account is not null && Account is null)
            return NotFound();
        Input.Kind = Settings.OfferCards ? MethodInput.Card : MethodInput.BankAccount;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid account, CancellationToken ct)
    {
        if (await RefuseAsync(account, ct) is { } refused)
            return refused;
        // The typed secrets leave the form here: never echoed back, whatever happens next.
        var (number, cvc, bankAccount) = (Input.CardNumber, Input.Cvc, Input.BankAccountNumber);
        Input.CardNumber = Input.Cvc = Input.BankAccountNumber = null;
        foreach (var key in new[] { "Input.CardNumber", "Input.Cvc", "Input.BankAccountNumber" })
            ModelState.Remove(key);
        var card = Input.Kind == MethodInput.Card;
        if (card ? !Settings.OfferCards : Input.Kind != MethodInput.BankAccount || !Settings.OfferAch)
            ModelState.AddModelError("Input.Kind", "Choose one of the payment methods offered.");
        if (!ModelState.IsValid)
            return Page();
        var method = await tokenizer.TokenizeAsync(new NewMethodFields(card, Input.HolderName, number, Input.ExpiryMonth, Input.ExpiryYear, cvc,
            Input.RoutingNumber, bankAccount, Input.BankAccountType), ModelState, "Input.", ct);
        if (method is not null && !card && !Input.AchAuthorized)
            ModelState.AddModelError("Input.AchAuthorized", "Tick the box to authorize debits from this bank account.");
        if (method is null || !ModelState.IsValid)
            return Page();

        var makeDefault = Input.MakeDefault || Methods.Count == 0;
        if (makeDefault)
            await ClearDefaultAsync(ct);
        var saved = new SavedPaymentMethod
        {
            Id = Guid.NewGuid(), AccountId = Account!.Id, Kind = method.Kind, Gateway = method.Gateway, Token = method.Token, Brand = method.Brand,
            Last4 = method.Last4, ExpiryMonth = method.ExpiryMonth, ExpiryYear = method.ExpiryYear, HolderName = method.HolderName,
            BankAccountType = method.BankAccountType, RoutingLast4 = method.RoutingLast4, IsDefault = makeDefault,
            CreatedAt = clock.GetUtcNow(), CreatedBy = Payer,
        };
        db.Add(saved);
        if (!card)
            db.Add(new AchAuthorization
            {
                Id = Guid.NewGuid(), AccountId = Account.Id, PaymentMethodId = saved.Id, AuthorizedBy = Payer, AuthorizedAt = clock.GetUtcNow(),
                Text = AchText, IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
            });
        await db.SaveChangesAsync(ct);
        Status = $"{saved.Label} saved.";
        return RedirectToPage(new { account = Account.Id });
    }

    public async Task<IActionResult> OnPostDefaultAsync(Guid account, Guid method, CancellationToken ct)
    {
        if (await RefuseAsync(account, ct) is { } refused)
            return refused;
        if (Methods.All(m => m.Id != method))
            return NotFound();
        await ClearDefaultAsync(ct);
        var chosen = await db.Set<SavedPaymentMethod>().FirstAsync(m => m.Id == method, ct);
        chosen.IsDefault = true;
        await db.SaveChangesAsync(ct);
        Status = $"{chosen.Label} is now the default method.";
        return RedirectToPage(new { account });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid account, Guid method, CancellationToken ct)
    {
        if (await RefuseAsync(account, ct) is { } refused)
            return refused;
        if (Methods.FirstOrDefault(m => m.Id == method) is not { } target)
            return NotFound();
        if (AutopayMethodId == method)
        {
            RemoveError = $"{target.Label} pays this account's autopay. Choose another method for autopay, or turn autopay off, before removing it.";
            return Page();
        }
        db.Remove(await db.Set<SavedPaymentMethod>().FirstAsync(m => m.Id == method, ct));
        // An account with saved methods always has a default: the oldest left takes over.
        if (target.IsDefault && Methods.Where(m => m.Id != method).MinBy(m => m.CreatedAt) is { } next)
            (await db.Set<SavedPaymentMethod>().FirstAsync(m => m.Id == next.Id, ct)).IsDefault = true;
        await db.SaveChangesAsync(ct);
        Status = $"{target.Label} removed.";
        return RedirectToPage(new { account });
    }

    /// <summary>403 for read-only users, 404 for an account outside the caller's scope; else loads the page.</summary>
    private async Task<IActionResult?> RefuseAsync(Guid account, CancellationToken ct)
    {
        if (!CanManage)
            return StatusCode(StatusCodes.Status403Forbidden);
        await LoadAsync(account, ct);
        return Account is null ? NotFound() : null;
    }

    private async Task ClearDefaultAsync(CancellationToken ct)
    {
        foreach (var other in await db.Set<SavedPaymentMethod>().Where(m => m.AccountId == Account!.Id && m.IsDefault).ToListAsync(ct))
            other.IsDefault = false;
    }

    private async Task LoadAsync(Guid? accountId, CancellationToken ct)
    {
        Settings = await settingsStore.GetAsync(ct);
        Accounts = await payable.AccountsAsync(ct);
        var id = accountId ?? Accounts.FirstOrDefault()?.Id;
        Account = Accounts.FirstOrDefault(a => a.Id == id);
        if (Account is null)
            return;
        // Ordered in memory: SQLite cannot order by DateTimeOffset (an account has a handful of methods).
        Methods = (await db.Set<SavedPaymentMethod>().AsNoTracking().Where(m => m.AccountId == Account.Id).ToListAsync(ct))
            .OrderByDescending(m => m.IsDefault).ThenBy(m => m.CreatedAt).ToList();
        AutopayMethodId = await AutopayUse.MethodOfAsync(db, Account.Id, ct);
    }

    private string Payer => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "user";
}
