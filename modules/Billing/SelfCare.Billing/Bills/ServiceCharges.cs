using SelfCare.Billing.Data;

namespace SelfCare.Billing.Bills;

/// <summary>The charge lines of one service (or the account-level ones when <see cref="ServiceId"/> is null).</summary>
internal sealed record ServiceCharges(string? ServiceId, IReadOnlyList<InvoiceCharge> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);

    public string Title => ServiceId ?? "Account charges, taxes and fees";
}
