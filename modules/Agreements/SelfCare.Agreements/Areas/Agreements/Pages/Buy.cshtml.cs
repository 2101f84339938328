using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Purchases;
using SelfCare.Billing.Contracts.Checkout;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>
/// Buy more hours (/agreements/{id}/buy) on an active block-hours agreement: choose a block, how to pay (saved method, new card or
/// bank account, tokenized by Billing), review, pay; the hours are credited once the payment succeeded. With Billing off the form sends
/// a request staff confirm. Customer admins and staff; customer users 403; another account's agreement 404.
/// </summary>
[Authorize]
internal sealed class BuyModel(AgreementsDbContext db, TenantToday today, PortalPurchases purchases) : PageModel
{
    [BindProperty]
    public BuyInput Input { get; set; } = new();

    public Agreement Agreement { get; private set; } = null!;
    public bool OnSale { get; private set; }
    public IReadOnlyList<HourBlock> Blocks { get; private set; } = [];

    /// <summary>Null while Billing is off: the form becomes a request to staff.</summary>
    public CheckoutOptions? Options { get; private set; }

    /// <summary>Set on the confirmation step.</summary>
    public CheckoutReview? Review { get; private set; }
    public HourBlock? Chosen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        Input.Key = NewKey();
        Input.Hours = Blocks.Skip(1).FirstOrDefault()?.Hours;
        Input.Method = Options?.SavedMethods.FirstOrDefault(m => m.IsDefault)?.Id.ToString()
            ?? (Options?.OfferCards == false ? CheckoutMethodInput.NewBankAccount : CheckoutMethodInput.NewCard);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        // The typed secrets leave the form here: never echoed back, whatever happens next.
        var (number, cvc, bankAccount) = (Input.CardNumber, Input.Cvc, Input.BankAccountNumber);
        Input.CardNumber = Input.Cvc = Input.BankAccountNumber = null;
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        if (Options is null || await purchases.CheckoutAsync(ct) is not { } checkout)
            return Error("", "Payments are not available; request the hours instead.");
        if (Block() is not { } block)
            return Error("Input.Hours", "Choose one of the blocks.");
        var review = await checkout.ReviewAsync(new CheckoutMethodInput(Agreement.AccountId, block.Price, Input.Method, Input.HolderName, number,
            Input.ExpiryMonth, Input.ExpiryYear, cvc, Input.RoutingNumber, bankAccount, Input.BankAccountType, Payer, UserId), ct);
        foreach (var e in review.Errors)
            ModelState.AddModelError(e.Field is "AccountId" or "Amount" ? "" : $"Input.{e.Field}", e.Message);
        if (!ModelState.IsValid)
            return Page();
        (Review, Chosen, Input.Ticket) = (review, block, review.MethodTicket);
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        if (await purchases.CheckoutAsync(ct) is not { } checkout || Block() is not { } block || string.IsNullOrEmpty(Input.Ticket)
            || !IsKey(Input.Key))
            return Restart("This purchase form has expired. Enter it again.");
        var outcome = await purchases.PayAsync(checkout, Agreement, block, Input.Key!, Input.Ticket, Input.AchAuthorized, Payer, UserId,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return outcome.Status switch
        {
            PurchasePaymentStatus.Succeeded => Done($"Thank you: {block.Hours} hours were added to the balance. Your receipt is on its way by email."),
            PurchasePaymentStatus.Pending => Done($"Your payment for {block.Hours} hours is being processed; the hours are added as soon as it is confirmed."),
            _ => Restart(outcome.Message ?? "The payment was declined."),
        };
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        if (Options is not null)
            return Error("", "Pay for the hours below; no request is needed.");
        if (Block() is not { } block)
            return Error("Input.Hours", "Choose one of the blocks.");
        await purchases.RequestAsync(Agreement, block, IsKey(Input.Key) ? Input.Key! : NewKey(), Payer, ct);
        return Done($"Your request for {block.Hours} hours was sent to your account team; the hours are added once they confirm the payment.");
    }

    /// <summary>Null when the page may be shown to this user; 404 outside the scope, 403 to those who only read.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a)
            return NotFound();
        if (!AgreementRoles.ManagesOwn(User))
            return Forbid();
        Agreement = a;
        OnSale = HourBlocks.OnSale(a, a.StatusOn(today.Value));
        Blocks = OnSale ? HourBlocks.For(a) : [];
        if (OnSale && await purchases.CheckoutAsync(ct) is { } checkout)
            Options = await checkout.OptionsAsync(a.AccountId, ct);
        return OnSale ? null : Page();
    }

    private HourBlock? Block() => Blocks.FirstOrDefault(b => b.Hours == Input.Hours);

    private PageResult Error(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return Page();
    }

    /// <summary>Back to the form with the message and a new key: the next submission is a new purchase.</summary>
    private PageResult Restart(string message)
    {
        Input = new BuyInput { Hours = Input.Hours, Method = Input.Method, Key = NewKey() };
        return Error("", message);
    }

    private IActionResult Done(string status)
    {
        TempData["Status"] = status;
        return Redirect(Url.Content($"~/agreements/{Agreement.Id}"));
    }

    private string Payer => AgreementRoles.Name(User);
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Payer;

    private static bool IsKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiLetterLower);

    /// <summary>Letters only (no digit run a card scanner could mistake for a number).</summary>
    private static string NewKey() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 32);
}
