using SelfCare.Platform.Data;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// An account's autopay: the saved method its due invoices are charged to, who enrolled and who changed it last (that
/// person gets the notices). Cancelling keeps the row (inactive) so the page can say who turned it off and when.
/// </summary>
internal sealed class AutopayEnrolment : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public Guid PaymentMethodId { get; set; }
    public bool Active { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public required string EnrolledBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }

    /// <summary>The recurring debit authorization agreed when the method is a bank account (ACH).</summary>
    public Guid? AchAuthorizationId { get; set; }
}
