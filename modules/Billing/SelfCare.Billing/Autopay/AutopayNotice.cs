using SelfCare.Platform.Data;

namespace SelfCare.Billing.Autopay;

/// <summary>The advance notice sent for one invoice; its key (the invoice) makes the notice once per invoice.</summary>
internal sealed class AutopayNotice : IAccountOwned
{
    public Guid InvoiceId { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public required string SentTo { get; set; }
}
