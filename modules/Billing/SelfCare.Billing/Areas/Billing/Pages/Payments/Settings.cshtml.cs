using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Security;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>Admin > Billing: which payment methods customers may use, the card fee, overpayment and autopay (rights, notice, retries).</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class SettingsModel(BillingSettingsStore store) : PageModel
{
    [BindProperty]
    public BillingSettingsInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await store.GetAsync(ct);
        Input = new BillingSettingsInput
        {
            OfferCards = s.OfferCards, OfferAch = s.OfferAch, CardFeePercent = s.CardFeePercent, CardFeeFlat = s.CardFeeFlat,
            AllowOverpayment = s.AllowOverpayment, CustomersMayChangeAutopay = s.CustomersMayChangeAutopay,
            AutopayNoticeDays = s.AutopayNoticeDays, AutopayMaxRetries = s.AutopayMaxRetries, AutopayRetryDays = s.AutopayRetryDays,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Input.OfferCards && !Input.OfferAch)
            ModelState.AddModelError("Input.OfferCards", "Offer at least one payment method.");
        if (!PaymentMoney.IsCents(Input.CardFeeFlat))
            ModelState.AddModelError("Input.CardFeeFlat", "Enter the flat fee in dollars and cents.");
        if (decimal.Round(Input.CardFeePercent, 2) != Input.CardFeePercent)
            ModelState.AddModelError("Input.CardFeePercent", "Enter the percentage with at most two decimals.");
        if (!ModelState.IsValid)
            return Page();
        await store.SaveAsync(new BillingSettings
        {
            OfferCards = Input.OfferCards, OfferAch = Input.OfferAch, CardFeePercent = Input.CardFeePercent, CardFeeFlat = Input.CardFeeFlat,
            AllowOverpayment = Input.AllowOverpayment, CustomersMayChangeAutopay = Input.CustomersMayChangeAutopay,
            AutopayNoticeDays = Input.AutopayNoticeDays, AutopayMaxRetries = Input.AutopayMaxRetries, AutopayRetryDays = Input.AutopayRetryDays,
        }, ct);
        Notice = "Billing settings saved.";
        return RedirectToPage();
    }
}
