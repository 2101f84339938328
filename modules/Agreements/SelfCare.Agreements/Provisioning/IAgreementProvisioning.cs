namespace SelfCare.Agreements.Provisioning;

/// <summary>
/// Creates agreements, purchases and time entries for seeding and imports through the same ledger rules as the portal (a
/// threshold crossing queues its alert as usual). Seed in date order: each write runs upkeep as of its own day. Runs in a system scope.
/// </summary>
public interface IAgreementProvisioning
{
    Task<Guid> CreateAsync(NewAgreement agreement, CancellationToken cancellationToken);

    /// <summary>A paid block bought on <paramref name="on"/>; the same <paramref name="key"/> again credits nothing.</summary>
    Task PurchaseAsync(Guid agreementId, decimal hours, decimal amount, DateOnly on, string key, CancellationToken cancellationToken);

    /// <summary>Logs the time (drawn as of its day); false when it was refused.</summary>
    Task<bool> LogTimeAsync(NewAgreementTime time, CancellationToken cancellationToken);
}
