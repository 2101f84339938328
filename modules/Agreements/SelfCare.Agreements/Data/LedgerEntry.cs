using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>An append-only movement of minutes in one bucket (signed: credits positive, debits negative). Never updated or deleted.</summary>
internal sealed class LedgerEntry : IAccountOwned
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; }
    public Guid BucketId { get; set; }
    public Guid AgreementId { get; set; }
    public Guid AccountId { get; set; }
    public LedgerEntryKind Kind { get; set; }
    public int Minutes { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? TimeEntryId { get; set; }
    public Guid? PurchaseId { get; set; }
    public string? Note { get; set; }
    public string By { get; set; } = "";
}
