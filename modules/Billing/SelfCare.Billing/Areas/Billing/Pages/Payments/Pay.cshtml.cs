using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>
/// Make a Payment: choose the account, what to pay and how (review step: a new method is tokenized there), then
/// confirm. Every role may pay within its accounts; customer users cannot save methods or change the default.
/// </summary>
[Authorize]
internal sealed class PayModel(
    PayableQuery payable, BillingDbContext db, BillingSettingsStore settingsStore, MethodTokenizer tokenizer,
    PaymentProcessor processor, MethodProtector protector, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PayInput Input { get; set; } = new();

    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public PayableAccount? Account { get; private set; }
    public IReadOnlyList<SavedPaymentMethod> Methods { get; private set; } = [];
    public BillingSettings Settings { get; private set; } = new();

    /// <summary>Set on the confirmation step.</summary>
    public TokenizedMethod? Reviewed { get; private set; }
    public decimal Fee { get; private set; }
    public string? AchText { get; private set; }

    public bool CanSaveMethods => !User.IsInRole(PortalRoles.CustomerUser);

    public async Task<IActionResult> OnGetAsync(Guid? account, CancellationToken ct)
    {
        await LoadAsync(account, ct);
        if (account is not null && Account is null)
            return NotFound();
        Input.AccountId = Account?.Id;
        Input.IdempotencyKey = NewKey();
        Input.Method = Methods.FirstOrDefault(m => m.IsDefault)?.Id.ToString() ?? (Settings.OfferCards ? PayInput.NewCard : PayInput.NewBankAccount);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        // The typed secrets leave the form here: never echoed back, whatever happens next.
        var (number, cvc, bankAccount) = (Input.CardNumber, Input.Cvc, Input.BankAccountNumber);
        Input.CardNumber = Input.Cvc = Input.BankAccountNumber = null;
        foreach (var key in new[] { "Input.CardNumber", "Input.Cvc", "Input.BankAccountNumber" })
            ModelState.Remove(key);
        KeepState("Input.");
        await LoadAsync(Input.AccountId, ct);
        if (!ModelState.IsValid)
            return Page();
        if (Account is null)
            return Error("Input.AccountId", "Choose one of your accounts.");
        var amount = Input.Mode switch
        {
            PayInput.PayAmount => Input.Amount ?? 0m,
            PayInput.PayInvoices => Account.OpenInvoices.Where(i => Input.InvoiceIds.Contains(i.Id)).Sum(i => i.Balance),
            _ => Account.Balance,
        };
        if (Input.Mode == PayInput.PayInvoices && (Input.InvoiceIds.Count == 0 || Input.InvoiceIds.Any(id => Account.OpenInvoices.All(i => i.Id != id))))
            return Error("Input.InvoiceIds", "Choose one or more of the account's open invoices.");
        if (PaymentRules.AmountError(amount, Account, Settings) is { } amountError)
            return Error(Input.Mode == PayInput.PayAmount ? "Input.Amount" : "Input.Mode", amountError);

        var saved = Guid.TryParse(Input.Method, out var savedId) ? Methods.FirstOrDefault(m => m.Id == savedId) : null;
        TokenizedMethod method;
        if (saved is not null)
            method = TokenizedMethod.From(saved);
        else if (Input.Method is PayInput.NewCard or PayInput.NewBankAccount)
        {
            if (await TokenizeAsync(number, cvc, bankAccount, ct) is not { } fresh)
                return Page();
            method = fresh;
        }
        else
            return Error("Input.Method", "Choose how to pay.");
        if (PaymentRules.MethodError(method, Settings, clock.GetUtcNow()) is { } methodError)
            return Error("Input.Method", methodError);

        Confirm = new ConfirmInput
        {
            AccountId = Account.Id, Amount = amount, InvoiceIds = Input.Mode == PayInput.PayInvoices ? Input.InvoiceIds : [],
            SavedMethodId = saved?.Id, NewMethod = saved is null ? protector.Protect(method, tenant.Current.Id, UserId) : null,
            Save = saved is null && Input.Save && CanSaveMethods, MakeDefault = Input.MakeDefault && CanSaveMethods,
            IdempotencyKey = Input.IdempotencyKey,
        };
        ShowReview(method);
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken ct)
    {
        KeepState("Confirm.");
        await LoadAsync(Confirm.AccountId, ct);
        if (Account is null)
            return NotFound();
        var saved = Confirm.SavedMethodId is { } id ? Methods.FirstOrDefault(m => m.Id == id) : null;
        var method = saved is not null ? TokenizedMethod.From(saved) : protector.Unprotect(Confirm.NewMethod, tenant.Current.Id, UserId);
        if (method is null || !ModelState.IsValid)
            return Restart("This payment form has expired. Enter the payment again.");
        var achText = method.Kind == PaymentMethodKind.Ach ? PaymentRules.AchAuthorizationText(tenant.Current.Name, Payer, Confirm.Amount, Account, method) : null;
        if (method.Kind == PaymentMethodKind.Ach && !Confirm.AchAuthorized)
        {
            ShowReview(method);
            ModelState.AddModelError("Confirm.AchAuthorized", "Tick the box to authorize the debit from your bank account.");
            return Page();
        }
        var outcome = await processor.PayAsync(new PaymentRequest(Account.Id, Confirm.Amount, Confirm.InvoiceIds, Confirm.IdempotencyKey, method,
            saved?.Id, saved is null && Confirm.Save && CanSaveMethods, Confirm.MakeDefault && CanSaveMethods, achText, Payer,
            HttpContext.Connection.RemoteIpAddress?.ToString()), ct);
        if (outcome.PaymentId is { } paymentId)
            return RedirectToPage("Receipt", new { id = paymentId });
        return Restart(outcome.Error!);
    }

    private Task<TokenizedMethod?> TokenizeAsync(string? number, string? cvc, string? bankAccount, CancellationToken ct) =>
        tokenizer.TokenizeAsync(new NewMethodFields(Input.Method == PayInput.NewCard, Input.HolderName, number, Input.ExpiryMonth, Input.ExpiryYear,
            cvc, Input.RoutingNumber, bankAccount, Input.BankAccountType), ModelState, "Input.", ct);

    private void ShowReview(TokenizedMethod method)
    {
        Reviewed = method;
        Fee = method.Kind == PaymentMethodKind.Card ? Settings.CardFee(Confirm.Amount) : 0m;
        AchText = method.Kind == PaymentMethodKind.Ach ? PaymentRules.AchAuthorizationText(tenant.Current.Name, Payer, Confirm.Amount, Account!, method) : null;
    }

    /// <summary>Back to the form with the message and a new idempotency key (the next submission is a new payment).</summary>
    private PageResult Restart(string message)
    {
        Input = new PayInput
        {
            AccountId = Account?.Id, Mode = PayInput.PayAmount, Amount = Confirm.Amount, IdempotencyKey = NewKey(),
            Method = Confirm.SavedMethodId?.ToString() ?? (Settings.OfferCards ? PayInput.NewCard : PayInput.NewBankAccount),
        };
        ModelState.AddModelError("", message);
        return Page();
    }

    private PageResult Error(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return Page();
    }

    /// <summary>Keeps the validation of this step's form only (the other form's binder falls back to unprefixed names).</summary>
    private void KeepState(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    private async Task LoadAsync(Guid? accountId, CancellationToken ct)
    {
        Settings = await settingsStore.GetAsync(ct);
        Accounts = await payable.AccountsAsync(ct);
        var id = accountId ?? Accounts.FirstOrDefault()?.Id;
        Account = id is { } a ? await payable.FindAsync(a, ct) : null;
        if (Account is not null)
            // Ordered in memory: SQLite cannot order by DateTimeOffset (an account has a handful of methods).
            Methods = (await db.Set<SavedPaymentMethod>().AsNoTracking().Where(m => m.AccountId == Account.Id).ToListAsync(ct))
                .OrderByDescending(m => m.IsDefault).ThenBy(m => m.CreatedAt).ToList();
    }

    private string Payer => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "user";
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Payer;

    /// <summary>Letters only (no digit run a card scanner could mistake for a number).</summary>
    private static string NewKey() => System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 32);
}
