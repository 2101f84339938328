using SelfCare.Platform.Data;

namespace SelfCare.Billing.Payments;

/// <summary>
/// The gateway side of a portal payment: which gateway and transaction, the processing fee and the total charged.
/// The ledger's <see cref="Data.Payment"/> holds the amount applied to the account (fee excluded).
/// </summary>
internal sealed class PortalCharge : IAccountOwned
{
    public Guid PaymentId { get; set; }
    public Guid AccountId { get; set; }
    public required string Gateway { get; set; }
    public string? TransactionId { get; set; }
    public decimal Fee { get; set; }
    public decimal Total { get; set; }
    public Guid? PaymentMethodId { get; set; }

    /// <summary>The gateway's message when the charge was refused (safe to show: it never holds card data).</summary>
    public string? FailureMessage { get; set; }

    /// <summary>The invoices the payer chose, comma-separated (null: oldest due first); kept so a reconciled payment is allocated alike.</summary>
    public string? InvoiceIds { get; set; }

    public static string? JoinIds(IReadOnlyList<Guid> ids) => ids.Count == 0 ? null : string.Join(',', ids);

    public static List<Guid> SplitIds(string? ids) =>
        string.IsNullOrEmpty(ids) ? [] : [.. ids.Split(',').Select(Guid.Parse)];
}
