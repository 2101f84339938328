using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>
/// One source of pre-paid minutes of an agreement: a month's included hours (or the part carried from the month before), or a
/// purchased block. Usable through <see cref="ExpiresOn"/> (inclusive; null: never expires). Its balance is its entries' sum.
/// </summary>
internal sealed class HourBucket : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public Guid AccountId { get; set; }
    public BucketKind Kind { get; set; }
    public string Label { get; set; } = "";

    /// <summary>Included hours: the first day of the month they belong to (carried hours: the month they were carried into).</summary>
    public DateOnly? Month { get; set; }

    /// <summary>Included hours carried from the previous month (never carried again).</summary>
    public bool Carried { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
